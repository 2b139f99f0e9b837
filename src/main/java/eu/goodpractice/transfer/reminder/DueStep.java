package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;

/** A step with the plan it belongs to, as a reminder lists it. */
public record DueStep(ActionStep step, ActionPlan plan) {
}
