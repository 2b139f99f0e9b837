package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanStore;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.shared.AccessPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers every step owner's daily digest in two statements (the open steps due by the window's last day, then their
 * plans), whatever the number of owners and plans. Each owner sees only steps in spaces they may still view: the
 * check is made for the owner, as the job itself runs as nobody.
 */
public class DigestCollector {
    private final ActionPlanStore plans;
    private final AccessPolicy access;

    public DigestCollector(ActionPlanStore plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    /** The digests of the window, one per owner with something to read, by owner key. */
    public Map<String, Digest> digests(ReminderWindow window) {
        List<ActionStep> steps = plans.openStepsDueBy(window.lastDay()).stream()
                .filter(step -> step.ownerKey() != null)
                .toList();
        Map<Integer, ActionPlan> planById = plans.plans(steps.stream().map(ActionStep::planId).distinct().toList())
                .stream().collect(Collectors.toMap(ActionPlan::id, Function.identity()));
        Map<String, Boolean> viewable = new HashMap<>();
        Map<String, List<DueStep>> overdue = new LinkedHashMap<>();
        Map<String, List<DueStep>> dueSoon = new LinkedHashMap<>();
        for (ActionStep step : steps) {
            ActionPlan plan = planById.get(step.planId());
            if (plan == null || !viewable.computeIfAbsent(step.ownerKey() + "\n" + plan.spaceKey(),
                    k -> access.userCanView(step.ownerKey(), plan.spaceKey()))) {
                continue;
            }
            DueStep due = new DueStep(step, plan);
            if (window.isOverdue(step.dueDate())) {
                overdue.computeIfAbsent(step.ownerKey(), k -> new ArrayList<>()).add(due);
            } else if (window.isDueSoon(step.dueDate())) {
                dueSoon.computeIfAbsent(step.ownerKey(), k -> new ArrayList<>()).add(due);
            }
        }
        Map<String, Digest> digests = new LinkedHashMap<>();
        List<String> owners = new ArrayList<>(overdue.keySet());
        dueSoon.keySet().stream().filter(owner -> !overdue.containsKey(owner)).forEach(owners::add);
        for (String owner : owners) {
            digests.put(owner, new Digest(owner, byDueDate(overdue.get(owner)), byDueDate(dueSoon.get(owner))));
        }
        return digests;
    }

    private static List<DueStep> byDueDate(List<DueStep> steps) {
        if (steps == null) {
            return List.of();
        }
        return steps.stream().sorted(Comparator.comparing((DueStep d) -> d.step().dueDate())
                .thenComparing(d -> d.plan().institution()).thenComparing(d -> d.step().id())).toList();
    }
}
