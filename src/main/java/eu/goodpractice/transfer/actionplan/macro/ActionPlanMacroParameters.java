package eu.goodpractice.transfer.actionplan.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;

/** The parameters of {@code action-plan}, checked: a plan id, or a space with an institution. */
record ActionPlanMacroParameters(Integer planId, String spaceKey, String institution) {

    static ActionPlanMacroParameters parse(Map<String, String> parameters, ConversionContext context,
                                           Messages messages) throws MacroExecutionException {
        String plan = blankToNull(parameters.get("plan"));
        String space = blankToNull(parameters.get("space"));
        String spaceKey = space != null ? space : context == null ? null : context.getSpaceKey();
        String institution = blankToNull(parameters.get("institution"));
        if (plan != null) {
            try {
                return new ActionPlanMacroParameters(Integer.valueOf(plan), spaceKey, institution);
            } catch (NumberFormatException e) {
                throw new MacroExecutionException(messages.text("transfer.actionplan.macro.bad-plan", plan));
            }
        }
        if (institution == null || spaceKey == null) {
            throw new MacroExecutionException(messages.text("transfer.actionplan.macro.missing-parameters"));
        }
        return new ActionPlanMacroParameters(null, spaceKey, institution);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
