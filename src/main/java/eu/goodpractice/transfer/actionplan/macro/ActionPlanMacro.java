package eu.goodpractice.transfer.actionplan.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.platform.MacroMessages;
import eu.goodpractice.transfer.platform.MacroOutput;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.NotFoundException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code action-plan}: one institution's plan with its steps. Parameters: {@code plan} (an id), or {@code space}
 * (default: the page's space) with {@code institution}.
 */
public class ActionPlanMacro implements Macro {
    private static final Logger LOG = LoggerFactory.getLogger(ActionPlanMacro.class);
    private static final String NAME = "action-plan";
    private final ActionPlanService service;
    private final ActionPlanRenderer renderer;
    private final MacroMessages notices;
    private final TemplateViews templates;
    private final Messages messages;

    public ActionPlanMacro(ActionPlanService service, ActionPlanRenderer renderer, MacroMessages notices,
                           TemplateViews templates, Messages messages) {
        this.service = service;
        this.renderer = renderer;
        this.notices = notices;
        this.templates = templates;
        this.messages = messages;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ActionPlanMacroParameters params = ActionPlanMacroParameters.parse(parameters, context, messages);
        try {
            Optional<ActionPlan> plan = params.planId() != null
                    ? Optional.of(service.plan(params.planId()))
                    : service.planOf(params.spaceKey(), params.institution());
            boolean interactive = MacroOutput.isInteractive(context);
            if (interactive) {
                templates.requireResource(ActionPlanRenderer.WEB_RESOURCE);
            }
            return plan.isPresent()
                    ? renderer.render(plan.get(), interactive)
                    : renderer.renderMissing(params.spaceKey(), params.institution(), interactive);
        } catch (NotFoundException e) {
            return notices.warning("transfer.actionplan.macro.not-found");
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
