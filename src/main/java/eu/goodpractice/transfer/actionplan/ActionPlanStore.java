package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where action plans and their steps are kept. Every change that carries an expected version fails with
 * {@link eu.goodpractice.transfer.shared.StaleVersionException} when the stored version differs, and leaves the
 * stored record as it was. No method issues a query per row it returns.
 */
public interface ActionPlanStore {
    Optional<ActionPlan> findPlan(int planId);

    /** The plan of an institution in a space; the institution name is matched ignoring case. */
    Optional<ActionPlan> findPlan(String spaceKey, String institution);

    /** Plans of a space ordered by institution. */
    Page<ActionPlan> plansInSpace(String spaceKey, PageRequest request);

    /**
     * Plans of the given spaces ({@code null}: of every space), of one country when {@code country} is not null, by
     * space and institution, in one statement. The caller decides which spaces the reader may view.
     */
    List<ActionPlan> plansIn(Collection<String> spaceKeys, String country);

    /** Every step of the given plans that addresses an assessment criterion, by plan and order, in one statement. */
    List<ActionStep> stepsOnAnyCriterion(Collection<Integer> planIds);

    /**
     * Pushes the steps of the given plans that pass the filter to {@code sink} chunk by chunk, in the order they
     * were created, reading {@code chunkSize} rows per statement (keyset on the id): memory stays that of one chunk.
     */
    void forEachStepChunk(Collection<Integer> planIds, StepFilter filter, LocalDate today, int chunkSize,
                          Consumer<List<ActionStep>> sink);

    /** Progress of each plan, for the given day's idea of overdue; plans without steps map to no progress. */
    Map<Integer, PlanProgress> progressOf(Collection<Integer> planIds, LocalDate today);

    ActionPlan createPlan(PlanDraft draft, String actor, Instant now);

    ActionPlan updatePlan(int planId, int expectedVersion, PlanDraft draft, String actor, Instant now);

    /** Deletes the plan and all its steps in one transaction. */
    void deletePlan(int planId, int expectedVersion);

    /** All steps of a plan in their order. */
    List<ActionStep> steps(int planId);

    Page<ActionStep> steps(int planId, PageRequest request);

    Optional<ActionStep> findStep(int planId, int stepId);

    /** The steps with the given ids, whichever plan holds them; unknown ids are left out. One statement. */
    List<ActionStep> findSteps(Collection<Integer> stepIds);

    /** Every step of the given plans, by plan and order, in one statement (for pickers over a whole space). */
    List<ActionStep> stepsOfPlans(Collection<Integer> planIds);

    /** Steps of the given plans that address a criterion of the practice page, in one statement, by plan and order. */
    List<ActionStep> stepsOnCriteria(long practicePageId, Collection<Integer> planIds);

    /** Adds the step after the plan's last one. */
    ActionStep createStep(int planId, StepDraft draft, String actor, Instant now);

    ActionStep updateStep(int planId, int stepId, int expectedVersion, StepDraft draft, String actor, Instant now);

    void deleteStep(int planId, int stepId, int expectedVersion);

    /**
     * Puts the plan's steps in the given order. {@code stepIds} must name every step of the plan exactly once;
     * otherwise (someone added or removed a step meanwhile) it fails with a stale-version error carrying the
     * current steps.
     */
    List<ActionStep> reorder(int planId, List<Integer> stepIds);

    /* for reminders: whole-site reads in a fixed number of statements */

    /** Open steps (not done, not dropped) with a due date on or before the given day, across every plan. */
    List<ActionStep> openStepsDueBy(LocalDate lastDay);

    /** Steps marked done whose last change lies at or after the given moment, across every plan. */
    List<ActionStep> stepsDoneSince(Instant since);

    /** The plans with the given ids; unknown ids are left out. */
    List<ActionPlan> plans(Collection<Integer> planIds);

    /** Every plan that names a responsible person, by id. */
    List<ActionPlan> plansWithResponsible();
}
