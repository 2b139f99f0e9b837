package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Action plans and their steps, with the space permissions on top: reading needs view permission in the plan's
 * space, changing needs edit permission there.
 */
public class ActionPlanService {
    private final ActionPlanStore store;
    private final AccessPolicy access;
    private final PlanRules planRules;
    private final StepRules stepRules;
    private final Clock clock;

    public ActionPlanService(ActionPlanStore store, AccessPolicy access, PlanRules planRules, StepRules stepRules,
                             Clock clock) {
        this.store = store;
        this.access = access;
        this.planRules = planRules;
        this.stepRules = stepRules;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /* plans */

    public Page<PlanSummary> plansInSpace(String spaceKey, PageRequest request) {
        requireView(spaceKey);
        Page<ActionPlan> plans = store.plansInSpace(spaceKey, request);
        Map<Integer, PlanProgress> progress =
                store.progressOf(plans.items().stream().map(ActionPlan::id).toList(), today());
        List<PlanSummary> summaries = plans.items().stream()
                .map(plan -> new PlanSummary(plan, progress.getOrDefault(plan.id(), PlanProgress.NONE)))
                .toList();
        return new Page<>(summaries, plans.start(), plans.limit(), plans.total());
    }

    /** Every plan of a space with its progress, for the overview; a space holds one plan per institution. */
    public List<PlanSummary> allPlansInSpace(String spaceKey) {
        return plansInSpace(spaceKey, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    public ActionPlan plan(int planId) {
        ActionPlan plan = existingPlan(planId);
        requireView(plan.spaceKey());
        return plan;
    }

    public Optional<ActionPlan> planOf(String spaceKey, String institution) {
        requireView(spaceKey);
        return store.findPlan(spaceKey, institution);
    }

    public PlanProgress progress(ActionPlan plan) {
        return store.progressOf(List.of(plan.id()), today()).getOrDefault(plan.id(), PlanProgress.NONE);
    }

    public ActionPlan createPlan(PlanInput input) {
        InputText.trimmed(input.spaceKey()).ifPresent(this::requireEdit);
        PlanDraft draft = planRules.validate(input);
        requireEdit(draft.spaceKey());
        rejectSecondPlanOfInstitution(draft, null);
        return store.createPlan(draft, actor(), Instant.now(clock));
    }

    public ActionPlan updatePlan(int planId, PlanInput input) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        FieldErrors errors = input.parseErrors();
        int version = InputText.version(errors, input.version());
        // a plan stays in its space: the space sent, if any, is ignored
        PlanDraft draft = planRules.validate(new PlanInput(plan.spaceKey(), input.institution(), input.country(),
                input.responsible(), input.version(), errors));
        rejectSecondPlanOfInstitution(draft, plan.id());
        return store.updatePlan(planId, version, draft, actor(), Instant.now(clock));
    }

    public void deletePlan(int planId, String version) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        store.deletePlan(planId, expected);
    }

    /* steps */

    public List<ActionStep> allSteps(ActionPlan plan) {
        requireView(plan.spaceKey());
        return store.steps(plan.id());
    }

    public Page<ActionStep> steps(int planId, PageRequest request) {
        plan(planId);
        return store.steps(planId, request);
    }

    public ActionStep step(int planId, int stepId) {
        plan(planId);
        return existingStep(planId, stepId);
    }

    public ActionStep createStep(int planId, StepInput input) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        StepDraft draft = stepRules.validate(input);
        return store.createStep(planId, draft, actor(), Instant.now(clock));
    }

    public ActionStep updateStep(int planId, int stepId, StepInput input) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        existingStep(planId, stepId);
        int version = InputText.version(input.parseErrors(), input.version());
        StepDraft draft = stepRules.validate(input);
        return store.updateStep(planId, stepId, version, draft, actor(), Instant.now(clock));
    }

    public void deleteStep(int planId, int stepId, String version) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        existingStep(planId, stepId);
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        store.deleteStep(planId, stepId, expected);
    }

    public List<ActionStep> reorder(int planId, List<Integer> stepIds) {
        ActionPlan plan = existingPlan(planId);
        requireEdit(plan.spaceKey());
        return store.reorder(planId, stepIds);
    }

    /**
     * The steps that plans of the space (all of them: a space's plans are visible together) take on the practice's
     * barriers, keyed by criterion, for the assessment to show beside each barrier. Empty when the user may not
     * view the space.
     */
    public Map<String, List<LinkedStep>> stepsOnCriteria(String spaceKey, long practicePageId) {
        if (!access.canView(spaceKey)) {
            return Map.of();
        }
        Map<Integer, ActionPlan> plans = new java.util.HashMap<>();
        store.plansInSpace(spaceKey, new PageRequest(0, PageRequest.MAX_LIMIT)).items()
                .forEach(plan -> plans.put(plan.id(), plan));
        Map<String, List<LinkedStep>> byCriterion = new java.util.LinkedHashMap<>();
        for (ActionStep step : store.stepsOnCriteria(practicePageId, plans.keySet())) {
            byCriterion.computeIfAbsent(step.criterion(), key -> new java.util.ArrayList<>())
                    .add(new LinkedStep(plans.get(step.planId()), step));
        }
        return byCriterion;
    }

    /**
     * The plans of the scope that the user may view, by space and institution: the named spaces the user may view
     * (the others are dropped without a trace), or with "all" every space holding plans that the user may view.
     * One statement, whatever the number of spaces.
     */
    public List<ActionPlan> viewablePlans(PlanScope scope) {
        if (scope.allSpaces()) {
            Map<String, Boolean> viewable = new java.util.HashMap<>();
            return store.plansIn(null, scope.country()).stream()
                    .filter(plan -> viewable.computeIfAbsent(plan.spaceKey(), access::canView))
                    .toList();
        }
        List<String> spaces = scope.spaceKeys().stream().filter(access::canView).toList();
        return store.plansIn(spaces, scope.country());
    }

    /**
     * The overview across spaces: each viewable plan of the scope with its progress and the steps it takes on
     * assessment barriers. Three statements however many plans and spaces.
     */
    public List<PlanOverview> overview(PlanScope scope) {
        List<ActionPlan> plans = viewablePlans(scope);
        List<Integer> ids = plans.stream().map(ActionPlan::id).toList();
        Map<Integer, PlanProgress> progress = store.progressOf(ids, today());
        Map<Integer, List<ActionStep>> barrierSteps = new java.util.HashMap<>();
        store.stepsOnAnyCriterion(ids).forEach(step ->
                barrierSteps.computeIfAbsent(step.planId(), id -> new java.util.ArrayList<>()).add(step));
        return plans.stream().map(plan -> new PlanOverview(
                new PlanSummary(plan, progress.getOrDefault(plan.id(), PlanProgress.NONE)),
                barrierSteps.getOrDefault(plan.id(), List.of()))).toList();
    }

    /**
     * Pushes the steps of the viewable plans of the scope that pass the filter, chunk by chunk with their plan,
     * for exports: rows from spaces the user may not view are never read.
     */
    public void forEachStep(PlanScope scope, StepFilter filter, int chunkSize,
                            java.util.function.Consumer<List<LinkedStep>> sink) {
        Map<Integer, ActionPlan> plans = new java.util.LinkedHashMap<>();
        viewablePlans(scope).forEach(plan -> plans.put(plan.id(), plan));
        store.forEachStepChunk(plans.keySet(), filter, today(), chunkSize, chunk ->
                sink.accept(chunk.stream().map(step -> new LinkedStep(plans.get(step.planId()), step)).toList()));
    }

    /** A plan in the overview: its progress and the steps that address assessment barriers. */
    public record PlanOverview(PlanSummary summary, List<ActionStep> barrierSteps) {
    }

    /** A step with the plan (institution) it belongs to. */
    public record LinkedStep(ActionPlan plan, ActionStep step) {
    }

    /** True when the current user may view the plans of the space. */
    public boolean canView(String spaceKey) {
        return access.canView(spaceKey);
    }

    /** True when the current user may change the plans of the space; the macro offers editing only then. */
    public boolean canEdit(String spaceKey) {
        return access.currentUserKey().isPresent() && access.canEdit(spaceKey);
    }

    private void rejectSecondPlanOfInstitution(PlanDraft draft, Integer ownId) {
        store.findPlan(draft.spaceKey(), draft.institution())
                .filter(existing -> ownId == null || existing.id() != ownId)
                .ifPresent(existing -> FieldErrors.of("institution", "transfer.validation.institution-taken",
                        draft.institution()).throwIfAny());
    }

    private ActionPlan existingPlan(int planId) {
        return store.findPlan(planId).orElseThrow(() -> new NotFoundException("transfer.error.plan-not-found", planId));
    }

    private ActionStep existingStep(int planId, int stepId) {
        return store.findStep(planId, stepId)
                .orElseThrow(() -> new NotFoundException("transfer.error.step-not-found", stepId));
    }

    private void requireView(String spaceKey) {
        if (!access.canView(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
    }

    private void requireEdit(String spaceKey) {
        if (!canEdit(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-edit-permission");
        }
    }

    private String actor() {
        return access.currentUserKey().orElseThrow(() -> new AccessDeniedException("transfer.error.login-required"));
    }
}
