package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Audit;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact of the working group with stakeholders of its space: when, with whom, how, about what and with which
 * result, and the practices and action steps it served.
 */
public record Engagement(
        int id,
        String spaceKey,
        LocalDate date,
        List<Integer> stakeholderIds,
        EngagementFormat format,
        String topic,
        String outcome,
        String followUp,
        List<Long> practicePageIds,
        List<Integer> actionStepIds,
        Audit audit) {

    public Engagement {
        stakeholderIds = List.copyOf(stakeholderIds);
        practicePageIds = List.copyOf(practicePageIds);
        actionStepIds = List.copyOf(actionStepIds);
    }
}
