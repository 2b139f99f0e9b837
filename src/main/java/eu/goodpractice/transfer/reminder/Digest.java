package eu.goodpractice.transfer.reminder;

import java.util.List;

/** One step owner's daily digest: overdue steps and steps due in the coming week, each by due date. */
public record Digest(String recipientKey, List<DueStep> overdue, List<DueStep> dueSoon) {
    public Digest {
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
    }
}
