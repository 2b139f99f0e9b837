package eu.goodpractice.transfer.actionplan.macro;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.platform.TemplateViews;

/** The HTML of one action plan, the same for the macro and for the script that refreshes it after a change. */
public class ActionPlanRenderer {
    static final String WEB_RESOURCE = "action-plan-resources";

    private final ActionPlanService service;
    private final ActionPlanView view;
    private final TemplateViews templates;

    public ActionPlanRenderer(ActionPlanService service, ActionPlanView view, TemplateViews templates) {
        this.service = service;
        this.view = view;
        this.templates = templates;
    }

    /** Renders the plan; {@code interactive} is true in a browser, where editors get the editing controls. */
    public String render(ActionPlan plan, boolean interactive) {
        var model = view.plan(plan, service.allSteps(plan), service.progress(plan), service.today(),
                service.canEdit(plan.spaceKey()), interactive);
        return templates.render(ActionPlanView.TEMPLATE, model);
    }

    /** Renders the notice for an institution that has no plan in the space yet. */
    public String renderMissing(String spaceKey, String institution, boolean interactive) {
        return templates.render(ActionPlanView.MISSING_TEMPLATE,
                view.missing(spaceKey, institution, service.canEdit(spaceKey), interactive));
    }
}
