package eu.goodpractice.transfer.actionplan;

import java.time.LocalDate;
import java.util.List;

/** The validated content of a step as a user wrote it, before it is stored. */
public record StepDraft(
        String title,
        String description,
        String ownerKey,
        LocalDate dueDate,
        StepStatus status,
        StepPriority priority,
        Long practicePageId,
        String criterion,
        List<String> stakeholders,
        AnchoringLevel anchoring) {

    public StepDraft {
        stakeholders = List.copyOf(stakeholders);
    }

    /** A draft that addresses no assessment criterion. */
    public StepDraft(String title, String description, String ownerKey, LocalDate dueDate, StepStatus status,
                     StepPriority priority, Long practicePageId, List<String> stakeholders, AnchoringLevel anchoring) {
        this(title, description, ownerKey, dueDate, status, priority, practicePageId, null, stakeholders, anchoring);
    }
}
