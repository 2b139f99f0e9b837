package eu.goodpractice.transfer.actionplan;

/** A plan with its progress, as lists and the overview show it. */
public record PlanSummary(ActionPlan plan, PlanProgress progress) {
}
