package eu.goodpractice.transfer.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationDraft;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementDraft;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.ResultCategory;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.engagement.StakeholderDraft;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.engagement.ao.ActiveObjectsDisseminationStore;
import eu.goodpractice.transfer.engagement.ao.ActiveObjectsStakeholderStore;
import eu.goodpractice.transfer.engagement.ao.AoDissemination;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.platform.AoWriteLock;
import eu.goodpractice.transfer.reminder.ReminderPreferences;
import eu.goodpractice.transfer.reminder.ao.ActiveObjectsReminderStore;
import eu.goodpractice.transfer.reminder.ao.AoReminderPreference;
import eu.goodpractice.transfer.shared.NotFoundException;
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
import net.java.ao.Query;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The stakeholder register and the dissemination log under the same race as {@link ConcurrentWritesContract}: eight
 * writers updating one stakeholder and one activity, every write carrying the version it read. Each write is
 * accepted or refused as stale (409), the stored row is exactly the last accepted write and its version counts the
 * accepted writes. Also: a stakeholder deleted while an engagement naming it is being recorded never leaves the
 * engagement pointing at nothing, and a new user's first reminder choices saved twice at once stay one row.
 */
public abstract class EngagementWritesContract {
    private static final int WRITERS = 8;
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsStakeholderStore stakeholders;
    private ActiveObjectsDisseminationStore dissemination;
    private ActiveObjectsReminderStore reminders;
    private ExecutorService pool;

    /** Updates per writer; a database whose test connections are slow to open may run fewer. */
    protected int writesEach() {
        return 200;
    }

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoEngagement.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoStakeholder.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoDissemination.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoReminderPreference.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoWriteLock.class, "ID > ?", 0);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        stakeholders = new ActiveObjectsStakeholderStore(ao);
        dissemination = new ActiveObjectsDisseminationStore(ao);
        reminders = new ActiveObjectsReminderStore(ao);
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @After
    public void stopWriters() {
        pool.shutdownNow();
    }

    @Test
    @NonTransactional
    public void stakeholderUpdatesRacingOnOneStakeholderNeverLoseAnAcceptedWrite() throws Exception {
        int id = stakeholders.createStakeholder(stakeholder("start", 0), "ana", NOW).id();
        Map<Integer, String> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();

        race(writer -> {
            for (int i = 0; i < writesEach(); i++) {
                Stakeholder read = stakeholders.findStakeholder(id).orElseThrow();
                String tag = "w" + writer + "-" + i;
                try {
                    Stakeholder written = stakeholders.updateStakeholder(id, read.audit().version(),
                            stakeholder(tag, i), "editor-" + writer, NOW.plusSeconds(i));
                    assertThat(accepted.putIfAbsent(written.audit().version(), tag))
                            .as("two accepted writes produced the same version: one was lost").isNull();
                } catch (StaleVersionException e) {
                    refused.incrementAndGet();
                }
            }
        });

        Stakeholder stored = stakeholders.findStakeholder(id).orElseThrow();
        assertAcceptedOrRefused(stored.audit().version(), accepted, refused);
        String last = accepted.get(stored.audit().version());
        assertThat(stored).as("the stored stakeholder is the last accepted write, every field")
                .usingRecursiveComparison().ignoringFields("id", "audit")
                .isEqualTo(expected(stakeholder(last, index(last))));
        assertThat(stored.audit().updatedBy()).isEqualTo("editor-" + writerOf(last));
    }

    @Test
    @NonTransactional
    public void disseminationUpdatesRacingOnOneActivityNeverLoseAnAcceptedWrite() throws Exception {
        int id = dissemination.create(activity("start", 0), "ana", NOW).id();
        Map<Integer, String> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();

        race(writer -> {
            for (int i = 0; i < writesEach(); i++) {
                DisseminationActivity read = dissemination.find(id).orElseThrow();
                String tag = "w" + writer + "-" + i;
                try {
                    DisseminationActivity written = dissemination.update(id, read.audit().version(),
                            activity(tag, i), "editor-" + writer, NOW.plusSeconds(i));
                    assertThat(accepted.putIfAbsent(written.audit().version(), tag))
                            .as("two accepted writes produced the same version: one was lost").isNull();
                } catch (StaleVersionException e) {
                    refused.incrementAndGet();
                }
            }
        });

        DisseminationActivity stored = dissemination.find(id).orElseThrow();
        assertAcceptedOrRefused(stored.audit().version(), accepted, refused);
        String last = accepted.get(stored.audit().version());
        DisseminationDraft expected = activity(last, index(last));
        assertThat(stored).as("the stored activity is the last accepted write, every field")
                .usingRecursiveComparison().ignoringFields("id", "linkCheck", "audit")
                .isEqualTo(new DisseminationActivity(0, expected.spaceKey(), expected.type(), expected.category(),
                        expected.date(), expected.title(), expected.language(), expected.country(),
                        expected.audience(), expected.reach(), expected.link(), expected.practicePageIds(), null,
                        null));
        assertThat(stored.audit().updatedBy()).isEqualTo("editor-" + writerOf(last));
    }

    @Test
    @NonTransactional
    public void aStakeholderDeletedWhileAnEngagementNamesItIsEitherKeptOrNeverNamed() throws Exception {
        for (int round = 0; round < 20; round++) {
            Stakeholder named = stakeholders.createStakeholder(stakeholder("round " + round, round), "ana", NOW);
            AtomicInteger engagements = new AtomicInteger();
            AtomicInteger deletes = new AtomicInteger();
            race(writer -> {
                if (writer % 2 == 0) {
                    try {
                        stakeholders.createEngagement(new EngagementDraft("VET", LocalDate.of(2026, 5, 4),
                                List.of(named.id()), EngagementFormat.values()[0], "topic " + writer, null, null,
                                List.of(), List.of()), "editor-" + writer, NOW);
                        engagements.incrementAndGet();
                    } catch (NotFoundException e) {
                        // the delete came first
                    }
                } else {
                    try {
                        stakeholders.deleteStakeholder(named.id(), 0);
                        deletes.incrementAndGet();
                    } catch (StaleVersionException | NotFoundException e) {
                        // in use by an engagement, or another writer deleted it
                    }
                }
            });
            boolean kept = stakeholders.findStakeholder(named.id()).isPresent();
            assertThat(deletes.get()).as("deleted at most once").isLessThanOrEqualTo(1);
            assertThat(kept).as("round %d: deleted exactly when no engagement names it", round)
                    .isEqualTo(engagements.get() > 0);
            assertThat(stakeholders.engagementCount(named.id())).isEqualTo(engagements.get());
        }
    }

    @Test
    @NonTransactional
    public void reminderChoicesSavedAtOnceForANewUserStayOneRowWithOneOfTheChoices() throws Exception {
        for (int round = 0; round < 10; round++) {
            String user = "new-user-" + round;
            race(writer -> reminders.savePreferences(user, new ReminderPreferences(writer % 2 == 0, writer % 3 == 0)));
            assertThat(entityManager.count(AoReminderPreference.class, Query.select()
                    .where(AoReminderPreference.USER_KEY + " = ?", user)))
                    .as("round %d: one row per user however the first saves raced", round).isEqualTo(1);
            ReminderPreferences stored = reminders.preferences(user);
            List<ReminderPreferences> sent = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                sent.add(new ReminderPreferences(writer % 2 == 0, writer % 3 == 0));
            }
            assertThat(sent).contains(stored);
        }
    }

    private void assertAcceptedOrRefused(int storedVersion, Map<Integer, String> accepted, AtomicInteger refused) {
        assertThat(accepted.size() + refused.get()).as("every write accepted or refused as stale")
                .isEqualTo(WRITERS * writesEach());
        assertThat(accepted).as("some writes get through").isNotEmpty();
        assertThat(storedVersion).as("the version counts the accepted writes").isEqualTo(accepted.size());
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= accepted.size(); v++) {
            versions.add(v);
        }
        assertThat(accepted.keySet()).as("one accepted write per version, none skipped")
                .containsExactlyInAnyOrderElementsOf(versions);
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
            writer.get(180, TimeUnit.SECONDS);
        }
    }

    private interface Writer {
        void write(int writer) throws Exception;
    }

    private static StakeholderDraft stakeholder(String tag, int i) {
        StakeholderContact contact = i % 2 == 0 ? null : new StakeholderContact("Contact " + tag, "Head of training",
                tag + "@example.eu", "Contact " + tag, LocalDate.of(2026, 3, 1 + i % 28), "Workshops " + tag);
        return new StakeholderDraft("VET", "Chamber " + tag,
                StakeholderType.values()[i % StakeholderType.values().length],
                StakeholderLevel.values()[i % StakeholderLevel.values().length], i % 3 == 0 ? "PL" : "DE", contact,
                false);
    }

    private static Stakeholder expected(StakeholderDraft d) {
        return new Stakeholder(0, d.spaceKey(), d.organisation(), d.type(), d.level(), d.country(), d.contact(),
                d.retired(), null);
    }

    private static DisseminationDraft activity(String tag, int i) {
        return new DisseminationDraft("VET", DisseminationType.values()[i % DisseminationType.values().length],
                i % 2 == 0 ? null : ResultCategory.values()[i % ResultCategory.values().length],
                LocalDate.of(2026, 1 + i % 12, 1 + i % 28), "Talk " + tag, "de", i % 3 == 0 ? null : "PL",
                "Teachers " + tag, i * 10L, i % 4 == 0 ? null : "https://example.org/" + tag, List.of(1101L + i % 3));
    }

    private static int index(String tag) {
        return Integer.parseInt(tag.substring(tag.indexOf('-') + 1));
    }

    private static String writerOf(String tag) {
        return tag.substring(1, tag.indexOf('-'));
    }
}
