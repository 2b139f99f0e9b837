package eu.goodpractice.transfer.engagement;

import java.time.YearMonth;
import java.util.List;

/**
 * What the {@code stakeholder-map} macro shows of a space: its stakeholders and the engagements of the months
 * {@code from} to {@code to}.
 */
public record StakeholderMap(String spaceKey, List<Stakeholder> stakeholders, List<Engagement> engagements,
                             YearMonth from, YearMonth to, boolean editable) {
    public StakeholderMap {
        stakeholders = List.copyOf(stakeholders);
        engagements = List.copyOf(engagements);
    }
}
