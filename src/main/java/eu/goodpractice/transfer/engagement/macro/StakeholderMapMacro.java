package eu.goodpractice.transfer.engagement.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code stakeholder-map}: a space's stakeholders counted by type and level, the register, engagements per month
 * over the last year and the engagement log. Parameter {@code space} (default: the page's space).
 */
public class StakeholderMapMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(StakeholderMapMacro.class);
    private static final String NAME = "stakeholder-map";

    private final StakeholderService service;
    private final StakeholderMapView view;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public StakeholderMapMacro(StakeholderService service, StakeholderMapView view, MacroMessages notices,
                               TemplateViews templates, Messages messages) {
        this.service = service;
        this.view = view;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        String space = parameters.get("space");
        String spaceKey = space != null && !space.isBlank() ? space.strip()
                : context == null ? null : context.getSpaceKey();
        if (spaceKey == null) {
            throw new MacroExecutionException(messages.text("transfer.stakeholder.map.missing-space"));
        }
        try {
            boolean interactive = MacroOutput.isInteractive(context);
            String html = view.render(service.map(spaceKey), interactive);
            if (interactive) {
                // viewers get the list filters, editors also the forms
                templates.requireResource(StakeholderMapView.WEB_RESOURCE);
            }
            return html;
        } catch (AccessDeniedException e) {
            return notices.warning("transfer.macro.no-permission");
        } catch (RuntimeException e) {
            // the page still renders; the reader gets a plain message, the administrator the details
            LOG.error("The {} macro failed", NAME, e);
            throw new MacroExecutionException(messages.text("transfer.error.unexpected"));
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
