package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanStore;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.shared.AccessPolicy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gathers the weekly summaries of every plan's responsible person in four statements (plans with a responsible
 * person, their progress, open steps due by the window's end, steps completed in the last seven days). "Completed in
 * the last seven days" means marked done and last changed within the seven days before the run.
 */
public class SummaryCollector {
    private final ActionPlanStore plans;
    private final AccessPolicy access;

    public SummaryCollector(ActionPlanStore plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    /** Each responsible person's plans (those in spaces they may view), by user key. */
    public Map<String, List<WeeklyPlanReport>> summaries(ReminderWindow window, Instant now) {
        List<ActionPlan> responsible = plans.plansWithResponsible().stream()
                .filter(plan -> access.userCanView(plan.responsibleKey(), plan.spaceKey()))
                .toList();
        if (responsible.isEmpty()) {
            return Map.of();
        }
        List<Integer> ids = responsible.stream().map(ActionPlan::id).toList();
        Map<Integer, PlanProgress> progress = plans.progressOf(ids, window.today());
        Map<Integer, List<ActionStep>> open = plans.openStepsDueBy(window.lastDay()).stream()
                .collect(Collectors.groupingBy(ActionStep::planId));
        Map<Integer, List<ActionStep>> done = plans.stepsDoneSince(now.minus(ReminderWindow.DAYS_AHEAD, ChronoUnit.DAYS))
                .stream().collect(Collectors.groupingBy(ActionStep::planId));
        Map<String, List<WeeklyPlanReport>> byPerson = new LinkedHashMap<>();
        for (ActionPlan plan : responsible) {
            List<ActionStep> openSteps = open.getOrDefault(plan.id(), List.of());
            byPerson.computeIfAbsent(plan.responsibleKey(), k -> new ArrayList<>()).add(new WeeklyPlanReport(plan,
                    progress.getOrDefault(plan.id(), PlanProgress.NONE),
                    done.getOrDefault(plan.id(), List.of()),
                    openSteps.stream().filter(s -> window.isOverdue(s.dueDate())).toList(),
                    openSteps.stream().filter(s -> window.isDueSoon(s.dueDate())).toList()));
        }
        return byPerson;
    }
}
