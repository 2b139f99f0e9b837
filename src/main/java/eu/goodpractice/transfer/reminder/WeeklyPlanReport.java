package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import java.util.List;

/** One plan in its responsible person's weekly summary. */
public record WeeklyPlanReport(ActionPlan plan, PlanProgress progress, List<ActionStep> completed,
                               List<ActionStep> overdue, List<ActionStep> upcoming) {
    public WeeklyPlanReport {
        completed = List.copyOf(completed);
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
    }
}
