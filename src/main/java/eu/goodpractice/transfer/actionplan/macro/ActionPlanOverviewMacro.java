package eu.goodpractice.transfer.actionplan.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.ActionPlanService.PlanOverview;
import eu.goodpractice.transfer.actionplan.PlanScope;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code action-plan-overview}: every institution's plan in the spaces named ({@code spaces}: comma list, or "all"
 * for every space holding plans the reader may view; {@code space}, the older single-space parameter; default the
 * current space), optionally of one {@code country}, with progress, overdue steps and the steps on assessment
 * barriers, and links to export the steps. Spaces the reader may not view are left out; a single space the reader
 * may not view gets the permission notice as before.
 */
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
        String spaces = parameters.get("spaces");
        if (spaces == null || spaces.isBlank()) {
            spaces = parameters.get("space");
        }
        String currentSpace = context == null ? null : context.getSpaceKey();
        if ((spaces == null || spaces.isBlank()) && currentSpace == null) {
            throw new MacroExecutionException(messages.text("transfer.actionplan.overview.missing-space"));
        }
        FieldErrors errors = new FieldErrors();
        PlanScope scope = PlanScope.parse(spaces, parameters.get("country"), currentSpace, errors);
        if (!errors.byField().isEmpty()) {
            FieldErrors.Problem problem = errors.byField().values().iterator().next();
            throw new MacroExecutionException(messages.text(problem.messageKey(),
                    problem.arguments().toArray(java.io.Serializable[]::new)));
        }
        try {
            if (!scope.allSpaces() && scope.spaceKeys().size() == 1 && !service.canView(scope.spaceKeys().get(0))) {
                return notices.warning("transfer.macro.no-permission");
            }
            List<PlanOverview> plans = service.overview(scope);
            if (plans.isEmpty()) {
                return notices.info("transfer.actionplan.overview.empty");
            }
            return templates.render(TEMPLATE, view.overview(plans, scope));
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
