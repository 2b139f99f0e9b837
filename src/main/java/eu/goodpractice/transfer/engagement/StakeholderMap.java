package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.actionplan.ActionStep;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the {@code stakeholder-map} macro shows of a space: its stakeholders and the engagements of the months
 * {@code from} to {@code to}, with the action steps those engagements name.
 */
public record StakeholderMap(String spaceKey, List<Stakeholder> stakeholders, List<Engagement> engagements,
                             YearMonth from, YearMonth to, boolean editable, Map<Integer, ActionStep> steps) {
    public StakeholderMap {
        stakeholders = List.copyOf(stakeholders);
        engagements = List.copyOf(engagements);
        steps = Map.copyOf(steps);
    }
}
