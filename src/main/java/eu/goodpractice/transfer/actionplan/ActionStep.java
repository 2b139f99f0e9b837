package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.Audit;
import java.time.LocalDate;
import java.util.List;

/**
 * One concrete step of an action plan. A step may address a practice page and, on it, an assessment criterion (a
 * barrier to transfer), so the assessment can show which barriers already have steps.
 */
public record ActionStep(
        int id,
        int planId,
        int position,
        String title,
        String description,
        String ownerKey,
        LocalDate dueDate,
        StepStatus status,
        StepPriority priority,
        Long practicePageId,
        String criterion,
        List<String> stakeholders,
        AnchoringLevel anchoring,
        Audit audit) {

    public ActionStep {
        stakeholders = List.copyOf(stakeholders);
    }

    /** A step that addresses no assessment criterion. */
    public ActionStep(int id, int planId, int position, String title, String description, String ownerKey,
                      LocalDate dueDate, StepStatus status, StepPriority priority, Long practicePageId,
                      List<String> stakeholders, AnchoringLevel anchoring, Audit audit) {
        this(id, planId, position, title, description, ownerKey, dueDate, status, priority, practicePageId, null,
                stakeholders, anchoring, audit);
    }

    /** A step is overdue when it is still open and its due date lies before today. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }
}
