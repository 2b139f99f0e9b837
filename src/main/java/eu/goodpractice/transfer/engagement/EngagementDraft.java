package eu.goodpractice.transfer.engagement;

import java.time.LocalDate;
import java.util.List;

/** The validated content of an engagement, links already checked against the space. */
public record EngagementDraft(String spaceKey, LocalDate date, List<Integer> stakeholderIds, EngagementFormat format,
                              String topic, String outcome, String followUp, List<Long> practicePageIds,
                              List<Integer> actionStepIds) {
    public EngagementDraft {
        stakeholderIds = List.copyOf(stakeholderIds);
        practicePageIds = List.copyOf(practicePageIds);
        actionStepIds = List.copyOf(actionStepIds);
    }
}
