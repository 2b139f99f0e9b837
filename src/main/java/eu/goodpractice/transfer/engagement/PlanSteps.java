package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import java.util.List;

/** One plan of a space with its steps in their order: a group of the engagement form's action-step picker. */
public record PlanSteps(ActionPlan plan, List<ActionStep> steps) {
    public PlanSteps {
        steps = List.copyOf(steps);
    }
}
