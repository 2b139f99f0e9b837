package eu.goodpractice.transfer.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.PlanDraft;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.actionplan.ao.ActiveObjectsActionPlanStore;
import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.assessment.ao.ActiveObjectsAssessmentStore;
import eu.goodpractice.transfer.assessment.ao.AoAssessmentVersion;
import eu.goodpractice.transfer.assessment.ao.AoRating;
import eu.goodpractice.transfer.assessment.ao.AoRatingChange;
import eu.goodpractice.transfer.platform.AoWriteLock;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Eight writers updating the same rows 200 times each, every write carrying the version it read, as browsers on
 * different cluster nodes would. A write that would lose another's update must be refused (409), never pass: so
 * each accepted write produced a different version, the stored version counts exactly the accepted writes, the
 * stored content is the accepted write that produced it, and the history holds exactly the accepted changes.
 * Runs on every database the app is tested on (see the subclasses), at READ COMMITTED as in Confluence.
 */
public abstract class ConcurrentWritesContract {
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 200;
    private static final List<String> CRITERIA = List.of("funding-stability", "leadership", "curricula");
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsActionPlanStore plans;
    private ActiveObjectsAssessmentStore assessments;
    private ExecutorService pool;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoActionStep.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoActionPlan.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoRatingChange.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoRating.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoAssessmentVersion.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoWriteLock.class, "ID > ?", 0);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        plans = new ActiveObjectsActionPlanStore(ao);
        assessments = new ActiveObjectsAssessmentStore(ao);
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @After
    public void stopWriters() {
        pool.shutdownNow();
    }

    @Test
    @NonTransactional
    public void stepUpdatesRacingOnTheSameStepsNeverLoseAnAcceptedWrite() throws Exception {
        ActionPlan plan = plans.createPlan(new PlanDraft("VET", "Berufskolleg Köln", "DE", "ana"), "ana", NOW);
        List<ActionStep> steps = List.of(plans.createStep(plan.id(), draft("first", 0), "ana", NOW),
                plans.createStep(plan.id(), draft("second", 0), "ana", NOW));
        // per step: the version each accepted write produced -> the title it wrote
        List<Map<Integer, String>> accepted = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        AtomicInteger refused = new AtomicInteger();

        race(writer -> {
            for (int i = 0; i < WRITES_EACH; i++) {
                int which = i % steps.size();
                int stepId = steps.get(which).id();
                ActionStep read = plans.findStep(plan.id(), stepId).orElseThrow();
                String title = "w" + writer + "-" + i;
                try {
                    // odd writes complete the step, even ones reopen it: "complete" races with "edit"
                    ActionStep written = plans.updateStep(plan.id(), stepId, read.audit().version(), draft(title, i),
                            "editor-" + writer, NOW.plusSeconds(i));
                    String before = accepted.get(which).putIfAbsent(written.audit().version(), title);
                    assertThat(before).as("two accepted writes produced the same version: one was lost").isNull();
                } catch (StaleVersionException e) {
                    refused.incrementAndGet();
                }
            }
        });

        int acceptedTotal = 0;
        for (int which = 0; which < steps.size(); which++) {
            ActionStep stored = plans.findStep(plan.id(), steps.get(which).id()).orElseThrow();
            Map<Integer, String> writes = accepted.get(which);
            acceptedTotal += writes.size();
            assertThat(stored.audit().version()).as("the version counts the accepted writes").isEqualTo(writes.size());
            assertThat(writes.keySet()).as("one accepted write per version, none skipped")
                    .containsExactlyInAnyOrderElementsOf(range(1, writes.size()));
            String last = writes.get(stored.audit().version());
            int i = Integer.parseInt(last.substring(last.indexOf('-') + 1));
            assertThat(stored).as("the stored step is the last accepted write, all of its fields")
                    .usingRecursiveComparison().comparingOnlyFields("title", "description", "status", "priority",
                            "stakeholders")
                    .isEqualTo(expectedStep(last, i));
            assertThat(stored.audit().updatedBy()).isEqualTo("editor-" + last.substring(1, last.indexOf('-')));
        }
        assertThat(acceptedTotal + refused.get()).isEqualTo(WRITERS * WRITES_EACH);
        assertThat(acceptedTotal).as("some writes get through").isGreaterThan(0);
        assertThat(plans.steps(plan.id())).extracting(ActionStep::id)
                .as("no step lost or duplicated").containsExactlyElementsOf(steps.stream().map(ActionStep::id).toList());
    }

    @Test
    @NonTransactional
    public void ratingBatchesRacingOnOnePracticeAndCountryNeverLoseAnAcceptedBatch() throws Exception {
        Map<Integer, String> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();

        // every writer starts at version 0, so the very first batches race too
        race(writer -> {
            for (int i = 0; i < WRITES_EACH; i++) {
                int read = assessments.version(7, "PL");
                String tag = "w" + writer + "-" + i;
                try {
                    int version = assessments.replaceRatings(7, "PL", "ana", batch(tag, i), read, "vet-transfer", 1,
                            NOW.plusSeconds(i));
                    String before = accepted.putIfAbsent(version, tag);
                    assertThat(before).as("two accepted batches produced the same version: one was lost").isNull();
                } catch (StaleVersionException e) {
                    refused.incrementAndGet();
                }
            }
        });

        int version = assessments.version(7, "PL");
        assertThat(version).as("the version counts the accepted batches").isEqualTo(accepted.size());
        assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(range(1, accepted.size()));
        assertThat(accepted.size() + refused.get()).isEqualTo(WRITERS * WRITES_EACH);
        assertThat(entityManager.count(AoAssessmentVersion.class)).as("one version row, however the first batches raced")
                .isEqualTo(1);
        String last = accepted.get(version);
        int i = Integer.parseInt(last.substring(last.indexOf('-') + 1));
        assertThat(assessments.ratings(7, "PL")).as("the stored ratings are the whole last accepted batch, no mix")
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("updatedAt")
                .containsExactlyInAnyOrderElementsOf(batch(last, i));
        List<RatingChange> history = assessments.history(7, "PL");
        assertThat(history).as("every accepted batch changed every criterion; nothing refused left a trace")
                .hasSize(accepted.size() * CRITERIA.size());
        assertThat(history.stream().map(RatingChange::rationale).distinct().count())
                .isEqualTo(accepted.size() * (long) CRITERIA.size());
    }

    /** Runs one writer body on each of the threads at once and waits for all; a failure in any fails the test. */
    private void race(Writer body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            running.add(pool.submit(() -> {
                start.await();
                body.write(id);
                return null;
            }));
        }
        for (Future<?> writer : running) {
            writer.get(120, TimeUnit.SECONDS);
        }
    }

    private interface Writer {
        void write(int writer) throws Exception;
    }

    private static StepDraft draft(String title, int i) {
        return new StepDraft(title, title + " described", null, LocalDate.of(2027, 1, 1 + i % 28),
                i % 2 == 1 ? StepStatus.DONE : StepStatus.IN_PROGRESS, StepPriority.values()[i % 3], null,
                List.of("chamber " + title), AnchoringLevel.PILOT);
    }

    private static ActionStep expectedStep(String title, int i) {
        StepDraft d = draft(title, i);
        return new ActionStep(0, 0, 0, d.title(), d.description(), d.ownerKey(), d.dueDate(), d.status(),
                d.priority(), d.practicePageId(), d.criterion(), d.stakeholders(), d.anchoring(), null);
    }

    private static List<Rating> batch(String tag, int i) {
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < CRITERIA.size(); c++) {
            ratings.add(new Rating(CRITERIA.get(c), "ana", RatingValue.score(1 + (i + c) % 5),
                    CRITERIA.get(c) + " by " + tag, null, NOW));
        }
        return ratings;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
