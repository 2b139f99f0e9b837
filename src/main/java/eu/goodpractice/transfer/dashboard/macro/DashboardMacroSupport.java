package eu.goodpractice.transfer.dashboard.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;
import java.util.stream.Collectors;

/** What both dashboard macros do with bad parameters: one message naming each parameter and its problem. */
final class DashboardMacroSupport {
    private DashboardMacroSupport() {
    }

    static MacroExecutionException badParameters(FieldErrors errors, Messages messages) {
        Map<String, FieldErrors.Problem> problems = errors.byField();
        String details = problems.entrySet().stream()
                .map(p -> p.getKey() + ": " + messages.text(p.getValue().messageKey(),
                        p.getValue().arguments().toArray(new java.io.Serializable[0])))
                .collect(Collectors.joining("; "));
        return new MacroExecutionException(messages.text("transfer.dashboard.bad-parameters", details));
    }
}
