package eu.goodpractice.transfer.engagement.macro;

import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.PageRequest;

/** The HTML of a space's dissemination log, the same for the macro and for the script's refresh after a change. */
public class DisseminationLogRenderer {
    static final String WEB_RESOURCE = "dissemination-resources";

    private final DisseminationService service;
    private final DisseminationLogView view;
    private final TemplateViews templates;

    public DisseminationLogRenderer(DisseminationService service, DisseminationLogView view, TemplateViews templates) {
        this.service = service;
        this.view = view;
        this.templates = templates;
    }

    /**
     * The newest activities (at most one full page of 200: the script pages and filters them) and the totals over
     * every activity of the space; {@code interactive} is true in a browser, where editors get the controls.
     */
    public String render(String spaceKey, boolean interactive) {
        var activities = service.inSpace(spaceKey, new PageRequest(0, PageRequest.MAX_LIMIT));
        var totals = service.totals(spaceKey, null, null);
        return templates.render(DisseminationLogView.TEMPLATE,
                view.log(spaceKey, activities, totals, service.canEdit(spaceKey), interactive));
    }
}
