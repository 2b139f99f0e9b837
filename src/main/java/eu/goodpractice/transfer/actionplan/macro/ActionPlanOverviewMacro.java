package eu.goodpractice.transfer.actionplan.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanSummary;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code action-plan-overview}: every institution's plan in a space with its progress and overdue steps. */
public class ActionPlanOverviewMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(ActionPlanOverviewMacro.class);
    private static final String NAME = "action-plan-overview";
    static final String TEMPLATE = "templates/actionplan/action-plan-overview.vm";

    private final ActionPlanService service;
    private final ActionPlanOverviewView view;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public ActionPlanOverviewMacro(ActionPlanService service, ActionPlanOverviewView view, MacroMessages notices,
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
            throw new MacroExecutionException(messages.text("transfer.actionplan.overview.missing-space"));
        }
        try {
            List<PlanSummary> plans = service.allPlansInSpace(spaceKey);
            if (plans.isEmpty()) {
                return notices.info("transfer.actionplan.overview.empty");
            }
            return templates.render(TEMPLATE, view.overview(plans));
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
