package eu.goodpractice.transfer.engagement.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationDraft;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.LinkCheck;
import eu.goodpractice.transfer.engagement.LinkReason;
import eu.goodpractice.transfer.engagement.LinkStatus;
import eu.goodpractice.transfer.engagement.LinkTarget;
import eu.goodpractice.transfer.engagement.ResultCategory;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the Active Objects dissemination store must do, on each database the app supports (see the subclasses).
 * Every test commits for real, as the app does, and starts from an empty table.
 */
public abstract class DisseminationStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsDisseminationStore store;

    @Before
    public void emptyTable() throws Exception {
        entityManager.deleteWithSQL(AoDissemination.class, "ID > ?", 0);
        store = new ActiveObjectsDisseminationStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void storesEveryFieldAndReadsItBack() {
        DisseminationActivity created = store.create(new DisseminationDraft("VET", DisseminationType.CONFERENCE,
                ResultCategory.PRESENTATION, LocalDate.parse("2026-03-12"), "Talk at the VET forum", "de", "DE",
                "VET teachers", 140, "https://example.org/forum", List.of(1101L, 1103L)), "u1", NOW);

        DisseminationActivity read = store.find(created.id()).orElseThrow();
        assertThat(read).isEqualTo(created);
        assertThat(read.practicePageIds()).containsExactly(1101L, 1103L);
        assertThat(read.reach()).isEqualTo(140);
        assertThat(read.linkCheck()).isEqualTo(LinkCheck.NEVER);
        assertThat(read.audit().createdBy()).isEqualTo("u1");
        assertThat(read.audit().version()).isZero();
        assertThat(store.find(987654)).isEmpty();
    }

    @Test
    @NonTransactional
    public void listsASpaceNewestFirstPageByPageInTwoStatements() {
        for (int day = 1; day <= 5; day++) {
            store.create(draft("VET", DisseminationType.NEWSLETTER, "DE", day, 10, null), "u1", NOW);
        }
        store.create(draft("OTHER", DisseminationType.FAIR, "FR", 9, 10, null), "u1", NOW);

        Page<DisseminationActivity> page;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            page = store.inSpace("VET", new PageRequest(1, 3));
            assertThat(sql.count()).isEqualTo(2);
        }
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(a -> a.date().getDayOfMonth()).containsExactly(4, 3, 2);
    }

    @Test
    @NonTransactional
    public void totalsByTypeAndCountryInAPeriodInOneStatement() {
        store.create(draft("VET", DisseminationType.CONFERENCE, "DE", 1, 100, null), "u1", NOW);
        store.create(draft("VET", DisseminationType.CONFERENCE, "DE", 2, 50, null), "u1", NOW);
        store.create(draft("VET", DisseminationType.CONFERENCE, "FR", 3, 30, null), "u1", NOW);
        store.create(draft("VET", DisseminationType.NEWSLETTER, null, 4, 1000, null), "u1", NOW);
        store.create(draft("VET", DisseminationType.NEWSLETTER, "PL", 28, 7, null), "u1", NOW);
        store.create(draft("OTHER", DisseminationType.CONFERENCE, "DE", 2, 999, null), "u1", NOW);

        List<DisseminationTotal> totals;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            totals = store.totals("VET", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-20"));
            assertThat(sql.count()).isEqualTo(1);
        }
        assertThat(totals).containsExactly(
                new DisseminationTotal(DisseminationType.CONFERENCE, "DE", 1, 50),
                new DisseminationTotal(DisseminationType.CONFERENCE, "FR", 1, 30),
                new DisseminationTotal(DisseminationType.NEWSLETTER, null, 1, 1000));
        assertThat(store.totals("VET", null, null)).extracting(DisseminationTotal::reach)
                .containsExactly(150L, 30L, 7L, 1000L);
    }

    @Test
    @NonTransactional
    public void aStaleVersionChangesNothing() {
        DisseminationActivity created = store.create(draft("VET", DisseminationType.MEDIA, "IT", 1, 5, null), "u1", NOW);
        DisseminationActivity updated = store.update(created.id(), 0,
                draft("VET", DisseminationType.MEDIA, "IT", 2, 6, null), "u2", NOW.plusSeconds(60));

        assertThat(updated.audit().version()).isEqualTo(1);
        assertThat(updated.audit().updatedBy()).isEqualTo("u2");
        assertThatThrownBy(() -> store.update(created.id(), 0, draft("VET", DisseminationType.FAIR, "IT", 3, 9, null),
                "u3", NOW)).isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).current()).isEqualTo(updated));
        assertThatThrownBy(() -> store.delete(created.id(), 0)).isInstanceOf(StaleVersionException.class);
        assertThat(store.find(created.id())).contains(updated);

        store.delete(created.id(), 1);
        assertThat(store.find(created.id())).isEmpty();
    }

    @Test
    @NonTransactional
    public void recordsLinkChecksUnlessTheLinkChangedMeanwhile() {
        DisseminationActivity a = store.create(draft("VET", DisseminationType.MEDIA, "IT", 1, 5,
                "https://example.org/a"), "u1", NOW);
        DisseminationActivity b = store.create(draft("VET", DisseminationType.MEDIA, "IT", 2, 5,
                "https://example.org/b"), "u1", NOW);
        store.create(draft("VET", DisseminationType.MEDIA, "IT", 3, 5, null), "u1", NOW);
        store.create(draft("OTHER", DisseminationType.MEDIA, "IT", 3, 5, "https://example.org/c"), "u1", NOW);

        List<LinkTarget> targets = store.links("VET");
        assertThat(targets).extracting(LinkTarget::link).containsExactly("https://example.org/a",
                "https://example.org/b");
        assertThat(store.spacesWithLinks()).containsExactly("OTHER", "VET");
        store.update(b.id(), 0, draft("VET", DisseminationType.MEDIA, "IT", 2, 5, "https://example.org/new"), "u1",
                NOW);

        Map<LinkTarget, LinkCheck> results = new LinkedHashMap<>();
        results.put(targets.get(0), LinkCheck.dead(404, null, NOW));
        results.put(targets.get(1), LinkCheck.ok(200, NOW));
        store.recordLinkChecks(results);

        DisseminationActivity checked = store.find(a.id()).orElseThrow();
        assertThat(checked.linkCheck()).isEqualTo(LinkCheck.dead(404, null, NOW));
        assertThat(checked.hasDeadLink()).isTrue();
        assertThat(checked.audit().version()).as("a check is not an edit").isZero();
        assertThat(store.find(b.id()).orElseThrow().linkCheck().status()).isEqualTo(LinkStatus.UNCHECKED);

        store.recordLinkChecks(Map.of(new LinkTarget(a.id(), "https://example.org/a"),
                LinkCheck.notChecked(LinkReason.PRIVATE_ADDRESS, NOW)));
        assertThat(store.find(a.id()).orElseThrow().linkCheck().reason()).isEqualTo(LinkReason.PRIVATE_ADDRESS);
        store.update(a.id(), 0, draft("VET", DisseminationType.MEDIA, "IT", 1, 5, "https://example.org/moved"), "u1",
                NOW);
        assertThat(store.find(a.id()).orElseThrow().linkCheck()).as("a new link forgets the old check")
                .isEqualTo(LinkCheck.NEVER);
    }

    private static DisseminationDraft draft(String space, DisseminationType type, String country, int day, long reach,
                                            String link) {
        return new DisseminationDraft(space, type, null, LocalDate.of(2026, 3, day), "Activity " + day, "en", country,
                null, reach, link, List.of());
    }
}
