package eu.goodpractice.transfer.actionplan.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.PlanDraft;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepFilter;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the Active Objects store must do, run on each database the app supports (see the subclasses). Every test
 * commits for real ({@code @NonTransactional}), as the app does, and starts from empty tables.
 */
public abstract class ActionPlanStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-20");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsActionPlanStore store;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoActionStep.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoActionPlan.class, "ID > ?", 0);
        store = new ActiveObjectsActionPlanStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void findsAPlanBySpaceAndInstitutionWhateverTheSpelling() {
        ActionPlan created = store.createPlan(plan("VET", "Berufskolleg Köln"), "u1", NOW);

        assertThat(store.findPlan("VET", "  berufskolleg KÖLN ")).contains(created);
        assertThat(store.findPlan("OTHER", "Berufskolleg Köln")).isEmpty();
        assertThat(store.findPlan(created.id())).contains(created);
        assertThat(created.audit().version()).isZero();
        assertThat(created.audit().createdBy()).isEqualTo("u1");
        assertThat(created.audit().createdAt()).isEqualTo(NOW);
    }

    @Test
    @NonTransactional
    public void anUnknownPlanOrAStepOfAnotherPlanIsNotFound() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("VET", "B"), "u1", NOW);
        ActionStep step = store.createStep(a.id(), step("Train the trainers"), "u1", NOW);

        assertThat(store.findPlan(987654)).isEmpty();
        assertThat(store.findStep(b.id(), step.id())).isEmpty();
        assertThat(store.findStep(a.id(), step.id())).isPresent();
    }

    @Test
    @NonTransactional
    public void findsStepsByIdAcrossPlansInOneStatement() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("OTHER", "B"), "u1", NOW);
        ActionStep first = store.createStep(a.id(), step("one"), "u1", NOW);
        ActionStep second = store.createStep(b.id(), step("two"), "u1", NOW);

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            assertThat(store.findSteps(List.of(second.id(), first.id(), 987654))).extracting(ActionStep::planId)
                    .containsExactly(a.id(), b.id());
            assertThat(sql.count()).isEqualTo(1);
        }
        assertThat(store.findSteps(List.of())).isEmpty();
    }

    @Test
    @NonTransactional
    public void readsTheStepsOfSeveralPlansInOneStatementByPlanAndOrder() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("VET", "B"), "u1", NOW);
        ActionPlan elsewhere = store.createPlan(plan("OTHER", "C"), "u1", NOW);
        store.createStep(b.id(), step("b1"), "u1", NOW);
        store.createStep(a.id(), step("a1"), "u1", NOW);
        store.createStep(a.id(), step("a2"), "u1", NOW);
        store.createStep(elsewhere.id(), step("c1"), "u1", NOW);

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            assertThat(store.stepsOfPlans(List.of(b.id(), a.id()))).extracting(ActionStep::title)
                    .containsExactly(a.id() < b.id() ? new String[] {"a1", "a2", "b1"} : new String[] {"b1", "a1", "a2"});
            assertThat(sql.count()).isEqualTo(1);
        }
        assertThat(store.stepsOfPlans(List.of())).isEmpty();
    }

    @Test
    @NonTransactional
    public void listsTheSpacesPlansByInstitutionPageByPage() {
        for (String institution : List.of("Zespół Szkół", "ROC Amsterdam", "ibw Austria", "Cedefop partner")) {
            store.createPlan(plan("VET", institution), "u1", NOW);
        }
        store.createPlan(plan("ELSEWHERE", "Aachen"), "u1", NOW);

        Page<ActionPlan> first = store.plansInSpace("VET", new PageRequest(0, 3));
        Page<ActionPlan> second = store.plansInSpace("VET", new PageRequest(3, 3));

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(ActionPlan::institution)
                .containsExactly("Cedefop partner", "ibw Austria", "ROC Amsterdam");
        assertThat(second.items()).extracting(ActionPlan::institution).containsExactly("Zespół Szkół");
    }

    @Test
    @NonTransactional
    public void keepsEveryFieldOfAStepIncludingLongTextAndNoValues() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        String description = "Schritt für Schritt – ".repeat(500) + "€ ✓";
        StepDraft full = new StepDraft("Adopt the mentoring scheme", description, "owner-key",
                LocalDate.parse("2027-03-31"), StepStatus.IN_PROGRESS, StepPriority.HIGH, 4242L,
                List.of("Chamber of Crafts", "Regional authority"), AnchoringLevel.INSTITUTIONALISED);
        StepDraft bare = new StepDraft("Bare", null, null, null, StepStatus.NOT_STARTED, StepPriority.LOW, null,
                List.of(), null);

        ActionStep stored = store.createStep(plan.id(), full, "u2", NOW);
        ActionStep storedBare = store.createStep(plan.id(), bare, "u2", NOW);

        ActionStep read = store.findStep(plan.id(), stored.id()).orElseThrow();
        assertThat(read.description()).isEqualTo(description);
        assertThat(read).usingRecursiveComparison().ignoringFields("id", "position", "audit", "planId")
                .isEqualTo(full);
        assertThat(store.findStep(plan.id(), storedBare.id()).orElseThrow())
                .usingRecursiveComparison().ignoringFields("id", "position", "audit", "planId").isEqualTo(bare);
    }

    @Test
    @NonTransactional
    public void addsStepsAtTheEndAndKeepsTheirOrder() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        store.createStep(plan.id(), step("one"), "u1", NOW);
        store.createStep(plan.id(), step("two"), "u1", NOW);
        store.createStep(plan.id(), step("three"), "u1", NOW);

        assertThat(store.steps(plan.id())).extracting(ActionStep::title).containsExactly("one", "two", "three");
        Page<ActionStep> page = store.steps(plan.id(), new PageRequest(1, 1));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ActionStep::title).containsExactly("two");
    }

    @Test
    @NonTransactional
    public void updatesAStepAndCountsItsVersionUp() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionStep step = store.createStep(plan.id(), step("draft"), "u1", NOW);
        Instant later = NOW.plusSeconds(3600);

        ActionStep updated = store.updateStep(plan.id(), step.id(), 0, step("final"), "u2", later);

        assertThat(updated.title()).isEqualTo("final");
        assertThat(updated.audit().version()).isEqualTo(1);
        assertThat(updated.audit().updatedBy()).isEqualTo("u2");
        assertThat(updated.audit().updatedAt()).isEqualTo(later);
        assertThat(updated.audit().createdBy()).isEqualTo("u1");
        assertThat(store.findStep(plan.id(), step.id()).orElseThrow().title()).isEqualTo("final");
    }

    @Test
    @NonTransactional
    public void refusesAStaleUpdateAndKeepsTheOtherEdit() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionStep step = store.createStep(plan.id(), step("draft"), "u1", NOW);
        store.updateStep(plan.id(), step.id(), 0, step("edited by Ana"), "ana", NOW);

        assertThatThrownBy(() -> store.updateStep(plan.id(), step.id(), 0, step("edited by Jan"), "jan", NOW))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(((ActionStep) e.current()).title()).isEqualTo("edited by Ana"));
        assertThat(store.findStep(plan.id(), step.id()).orElseThrow().title()).isEqualTo("edited by Ana");
    }

    @Test
    @NonTransactional
    public void refusesAStaleDeleteAndKeepsTheStep() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionStep step = store.createStep(plan.id(), step("keep me"), "u1", NOW);
        store.updateStep(plan.id(), step.id(), 0, step("keep me too"), "u1", NOW);

        assertThatThrownBy(() -> store.deleteStep(plan.id(), step.id(), 0)).isInstanceOf(StaleVersionException.class);
        assertThat(store.findStep(plan.id(), step.id())).isPresent();

        store.deleteStep(plan.id(), step.id(), 1);
        assertThat(store.findStep(plan.id(), step.id())).isEmpty();
    }

    @Test
    @NonTransactional
    public void reordersStepsAndRefusesAnOrderThatDoesNotNameThemAll() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        int a = store.createStep(plan.id(), step("a"), "u1", NOW).id();
        int b = store.createStep(plan.id(), step("b"), "u1", NOW).id();
        int c = store.createStep(plan.id(), step("c"), "u1", NOW).id();

        assertThat(store.reorder(plan.id(), List.of(c, a, b))).extracting(ActionStep::title)
                .containsExactly("c", "a", "b");
        assertThat(store.steps(plan.id())).extracting(ActionStep::title).containsExactly("c", "a", "b");

        assertThatThrownBy(() -> store.reorder(plan.id(), List.of(a, b))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store.reorder(plan.id(), List.of(a, b, b))).isInstanceOf(StaleVersionException.class);
        assertThat(store.steps(plan.id())).extracting(ActionStep::title).containsExactly("c", "a", "b");
    }

    @Test
    @NonTransactional
    public void deletesAPlanWithItsStepsButNothingElse() {
        ActionPlan doomed = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan kept = store.createPlan(plan("VET", "B"), "u1", NOW);
        store.createStep(doomed.id(), step("x"), "u1", NOW);
        store.createStep(kept.id(), step("y"), "u1", NOW);

        assertThatThrownBy(() -> store.deletePlan(doomed.id(), 5)).isInstanceOf(StaleVersionException.class);
        store.deletePlan(doomed.id(), 0);

        assertThat(store.findPlan(doomed.id())).isEmpty();
        assertThat(store.steps(doomed.id())).isEmpty();
        assertThat(store.steps(kept.id())).extracting(ActionStep::title).containsExactly("y");
    }

    @Test
    @NonTransactional
    public void updatesAPlanOnlyFromTheCurrentVersion() {
        ActionPlan plan = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan renamed = store.updatePlan(plan.id(), 0,
                new PlanDraft("VET", "A renamed", "PL", "resp-2"), "u2", NOW);

        assertThat(renamed.institution()).isEqualTo("A renamed");
        assertThat(renamed.country()).isEqualTo("PL");
        assertThat(renamed.audit().version()).isEqualTo(1);
        assertThat(store.findPlan("VET", "a RENAMED")).isPresent();
        assertThatThrownBy(() -> store.updatePlan(plan.id(), 0, plan("VET", "B"), "u3", NOW))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    @NonTransactional
    public void computesProgressOfManyPlansInOneStatement() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("VET", "B"), "u1", NOW);
        ActionPlan empty = store.createPlan(plan("VET", "C"), "u1", NOW);
        store.createStep(a.id(), step("done", StepStatus.DONE, "2026-01-01"), "u1", NOW);
        store.createStep(a.id(), step("late", StepStatus.IN_PROGRESS, "2026-11-19"), "u1", NOW);
        store.createStep(a.id(), step("due today", StepStatus.NOT_STARTED, "2026-11-20"), "u1", NOW);
        store.createStep(a.id(), step("dropped and late", StepStatus.DROPPED, "2025-01-01"), "u1", NOW);
        store.createStep(b.id(), step("blocked and late", StepStatus.BLOCKED, "2026-10-01"), "u1", NOW);
        store.createStep(b.id(), step("no date", StepStatus.NOT_STARTED, null), "u1", NOW);

        Map<Integer, PlanProgress> progress;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            progress = store.progressOf(List.of(a.id(), b.id(), empty.id()), TODAY);
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
            // Confluence's table name for this app: AO_ + last six hex digits of md5(namespace) + entity name
            assertThat(sql.statements().get(0)).contains("AO_27884E_ACTION_STEP");
        }

        assertThat(progress.get(a.id())).isEqualTo(new PlanProgress(1, 3, 1));
        assertThat(progress.get(a.id()).percent()).isEqualTo(33);
        assertThat(progress.get(b.id())).isEqualTo(new PlanProgress(0, 2, 1));
        assertThat(progress).doesNotContainKey(empty.id());
    }

    @Test
    @NonTransactional
    public void findsTheStepsOnAPracticesCriteriaOfManyPlansInOneStatement() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("VET", "B"), "u1", NOW);
        ActionPlan other = store.createPlan(plan("VET", "C"), "u1", NOW);
        ActionStep funding = store.createStep(a.id(), onCriterion("fund", 7L, "funding-stability"), "u1", NOW);
        store.createStep(a.id(), onCriterion("page only", 7L, null), "u1", NOW);
        store.createStep(a.id(), onCriterion("other page", 8L, "funding-stability"), "u1", NOW);
        ActionStep evidence = store.createStep(b.id(), onCriterion("evidence", 7L, "evidence"), "u1", NOW);
        store.createStep(other.id(), onCriterion("plan not asked", 7L, "evidence"), "u1", NOW);

        List<ActionStep> found;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            found = store.stepsOnCriteria(7L, List.of(a.id(), b.id()));
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
        }

        assertThat(found).containsExactly(funding, evidence);
        assertThat(found.get(0).criterion()).isEqualTo("funding-stability");
        assertThat(store.stepsOnCriteria(7L, List.of())).isEmpty();
    }

    @Test
    @NonTransactional
    public void listingStepsAndPlansCostsTheSameNumberOfStatementsHoweverLongTheList() {
        ActionPlan small = store.createPlan(plan("S1", "Small"), "u1", NOW);
        ActionPlan large = store.createPlan(plan("S2", "Large"), "u1", NOW);
        for (int i = 0; i < 2; i++) {
            store.createStep(small.id(), step("s" + i), "u1", NOW);
            store.createPlan(plan("S1", "small-extra-" + i), "u1", NOW);
        }
        for (int i = 0; i < 40; i++) {
            store.createStep(large.id(), step("l" + i), "u1", NOW);
            store.createPlan(plan("S2", "large-extra-" + i), "u1", NOW);
        }

        int smallCost = statements(() -> readEverything(small.id(), "S1"));
        int largeCost = statements(() -> readEverything(large.id(), "S2"));

        assertThat(largeCost).isEqualTo(smallCost);
    }

    @Test
    @NonTransactional
    public void findsThePlansOfSeveralSpacesOrOfAllByCountryInOneStatement() {
        ActionPlan vetDe = store.createPlan(plan("VET", "Berufskolleg"), "u1", NOW);
        ActionPlan vetPl = store.createPlan(new PlanDraft("VET", "Zespół Szkół", "PL", null), "u1", NOW);
        ActionPlan eduDe = store.createPlan(plan("EDU", "Aachen"), "u1", NOW);
        ActionPlan other = store.createPlan(plan("OTHER", "Bonn"), "u1", NOW);

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            assertThat(store.plansIn(List.of("VET", "EDU"), null)).containsExactly(eduDe, vetDe, vetPl);
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
        }
        assertThat(store.plansIn(List.of("VET", "EDU"), "DE")).containsExactly(eduDe, vetDe);
        assertThat(store.plansIn(null, null)).containsExactly(eduDe, other, vetDe, vetPl);
        assertThat(store.plansIn(null, "PL")).containsExactly(vetPl);
        assertThat(store.plansIn(List.of(), null)).isEmpty();
    }

    @Test
    @NonTransactional
    public void theOverviewOfManySpacesCostsTheSameStatementsAsThatOfOne() {
        ActionPlan one = store.createPlan(plan("S1", "Only"), "u1", NOW);
        store.createStep(one.id(), onCriterion("barrier", 7L, "funding-stability"), "u1", NOW);
        List<String> manySpaces = new ArrayList<>();
        for (int space = 0; space < 6; space++) {
            manySpaces.add("M" + space);
            for (int i = 0; i < 5; i++) {
                ActionPlan plan = store.createPlan(plan("M" + space, "Institution " + i), "u1", NOW);
                store.createStep(plan.id(), step("plain " + i, StepStatus.IN_PROGRESS, "2020-01-01"), "u1", NOW);
                store.createStep(plan.id(), onCriterion("barrier " + i, 7L, "evidence"), "u1", NOW);
            }
        }

        int oneCost = statements(() -> overviewReads(List.of("S1")));
        int manyCost = statements(() -> overviewReads(manySpaces));

        assertThat(manyCost).isEqualTo(oneCost).isEqualTo(3);
        List<Integer> ids = store.plansIn(manySpaces, null).stream().map(ActionPlan::id).toList();
        assertThat(store.stepsOnAnyCriterion(ids)).hasSize(30)
                .allSatisfy(step -> assertThat(step.criterion()).isEqualTo("evidence"));
        assertThat(store.stepsOnAnyCriterion(List.of())).isEmpty();
    }

    @Test
    @NonTransactional
    public void pushesStepsChunkByChunkInCreationOrderWithOneStatementPerChunk() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionPlan b = store.createPlan(plan("VET", "B"), "u1", NOW);
        ActionPlan notAsked = store.createPlan(plan("VET", "C"), "u1", NOW);
        List<ActionStep> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(store.createStep(i % 2 == 0 ? a.id() : b.id(), step("step " + i), "u1", NOW));
        }
        store.createStep(notAsked.id(), step("not asked"), "u1", NOW);

        List<List<ActionStep>> chunks = new ArrayList<>();
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.forEachStepChunk(List.of(a.id(), b.id()), StepFilter.ALL, TODAY, 3, chunks::add);
            assertThat(sql.count()).as("one statement per chunk: %s", sql.statements()).isEqualTo(3);
        }

        assertThat(chunks).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(created);
    }

    @Test
    @NonTransactional
    public void filtersPushedStepsByStatusAndOverdue() {
        ActionPlan a = store.createPlan(plan("VET", "A"), "u1", NOW);
        ActionStep overdue = store.createStep(a.id(), step("late", StepStatus.IN_PROGRESS, "2026-11-19"), "u1", NOW);
        store.createStep(a.id(), step("due today", StepStatus.IN_PROGRESS, "2026-11-20"), "u1", NOW);
        store.createStep(a.id(), step("late but done", StepStatus.DONE, "2026-01-01"), "u1", NOW);
        store.createStep(a.id(), step("late but dropped", StepStatus.DROPPED, "2026-01-01"), "u1", NOW);
        ActionStep blocked = store.createStep(a.id(), step("blocked", StepStatus.BLOCKED, null), "u1", NOW);

        assertThat(pushed(a, new StepFilter(null, true))).containsExactly(overdue);
        assertThat(pushed(a, new StepFilter(StepStatus.BLOCKED, false))).containsExactly(blocked);
        assertThat(pushed(a, new StepFilter(StepStatus.DONE, true))).isEmpty();
        assertThat(pushed(a, StepFilter.ALL)).hasSize(5);
    }

    private List<ActionStep> pushed(ActionPlan plan, StepFilter filter) {
        List<ActionStep> steps = new ArrayList<>();
        store.forEachStepChunk(List.of(plan.id()), filter, TODAY, 2, steps::addAll);
        return steps;
    }

    /** What the overview reads: plans of the spaces, their progress, their steps on barriers. */
    private void overviewReads(List<String> spaces) {
        List<Integer> ids = store.plansIn(spaces, null).stream().map(ActionPlan::id).toList();
        store.progressOf(ids, TODAY);
        store.stepsOnAnyCriterion(ids);
    }

    private void readEverything(int planId, String spaceKey) {
        store.steps(planId).forEach(step -> step.description());
        store.steps(planId, new PageRequest(0, 100)).items().forEach(ActionStep::stakeholders);
        store.plansInSpace(spaceKey, new PageRequest(0, 100)).items().forEach(ActionPlan::institution);
    }

    private int statements(Runnable work) {
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            work.run();
            return sql.count();
        }
    }

    static PlanDraft plan(String spaceKey, String institution) {
        return new PlanDraft(spaceKey, institution, "DE", "responsible-key");
    }

    static StepDraft step(String title) {
        return step(title, StepStatus.NOT_STARTED, null);
    }

    static StepDraft onCriterion(String title, Long pageId, String criterion) {
        return new StepDraft(title, null, null, null, StepStatus.IN_PROGRESS, StepPriority.HIGH, pageId, criterion,
                List.of(), null);
    }

    static StepDraft step(String title, StepStatus status, String dueDate) {
        return new StepDraft(title, null, null, dueDate == null ? null : LocalDate.parse(dueDate), status,
                StepPriority.MEDIUM, null, List.of(), null);
    }
}
