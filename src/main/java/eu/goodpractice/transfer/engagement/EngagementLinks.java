package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.actionplan.ActionStep;
import java.util.Map;

/**
 * The stakeholders and action steps a list of engagements names, read in one go so a log of any length costs the
 * same few statements; ids missing here no longer exist.
 */
public record EngagementLinks(Map<Integer, Stakeholder> stakeholders, Map<Integer, ActionStep> steps) {
    public EngagementLinks {
        stakeholders = Map.copyOf(stakeholders);
        steps = Map.copyOf(steps);
    }
}
