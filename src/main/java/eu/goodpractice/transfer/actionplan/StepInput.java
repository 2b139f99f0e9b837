package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.List;

/**
 * A step as it arrived, every value still text, so that all checks live in {@link StepRules}. {@code parseErrors}
 * holds problems the reader already found (a list where text was expected, say) so they are reported together.
 */
public record StepInput(
        String title,
        String description,
        String owner,
        String dueDate,
        String status,
        String priority,
        String practicePageId,
        String criterion,
        List<String> stakeholders,
        String anchoring,
        String version,
        FieldErrors parseErrors) {

    public StepInput {
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }

    /** Input without a criterion, as the action-plan editor sends it. */
    public StepInput(String title, String description, String owner, String dueDate, String status, String priority,
                     String practicePageId, List<String> stakeholders, String anchoring, String version,
                     FieldErrors parseErrors) {
        this(title, description, owner, dueDate, status, priority, practicePageId, null, stakeholders, anchoring,
                version, parseErrors);
    }
}
