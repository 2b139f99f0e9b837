package eu.goodpractice.transfer.dashboard.ao;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.assessment.ao.ActiveObjectsAssessmentStore;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardCounts;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardRow;
import eu.goodpractice.transfer.dashboard.DashboardSort;
import eu.goodpractice.transfer.platform.ReadOnlySql;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.ao.ActiveObjectsPracticeLabelStore;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import eu.goodpractice.transfer.workbench.host.ProviderTransactionalExecutors;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the dashboard store must do, on each database the app supports (see the subclasses): counts and filters
 * against hand-built practices and stored results, sorting and paging in SQL, nothing from spaces not asked for,
 * and a fixed number of statements whatever the data size.
 */
public abstract class DashboardStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsDashboardStore store;
    private ActiveObjectsAssessmentStore results;
    private ActiveObjectsPracticeLabelStore labels;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoResultSummary.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoPractice.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoPracticeLabel.class, "ID > ?", 0);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new ActiveObjectsDashboardStore(ao,
                new ReadOnlySql(new ProviderTransactionalExecutors(entityManager.getProvider())));
        results = new ActiveObjectsAssessmentStore(ao);
        labels = new ActiveObjectsPracticeLabelStore(ao);
    }

    @Test
    @NonTransactional
    public void countsEveryMatchingPracticeByStatusCountryAndBandNotOnlyThePageShown() throws Exception {
        practice(1, "VET", "Dual training", "Kammer", "DE", "apprenticeship", PracticeStatus.VALIDATED, 1);
        practice(2, "VET", "Mentoring", "Lycee", "FR", "inclusion", PracticeStatus.DRAFT, 2);
        practice(3, "VET", "Work-based learning", "Scuola", "IT", "apprenticeship", PracticeStatus.VALIDATED, 3);
        practice(4, "EU", "Elsewhere", "Other", "DE", "apprenticeship", PracticeStatus.VALIDATED, 4);
        result(1, "VET", "PL", 4.2, Band.READY);
        result(1, "VET", "FR", 3.1, Band.ADAPTATION);
        result(2, "VET", "DE", 2.0, null);
        result(3, "VET", "PL", 2.4, Band.GROUNDWORK);
        result(4, "EU", "PL", 4.8, Band.READY);

        DashboardCounts counts = store.counts(Set.of("VET"), filter(null, null, null).withPage(new PageRequest(0, 1)));

        assertThat(counts.practices()).isEqualTo(3);
        assertThat(counts.byStatus()).isEqualTo(Map.of(PracticeStatus.VALIDATED, 2, PracticeStatus.DRAFT, 1));
        assertThat(counts.byCountry()).isEqualTo(Map.of("DE", 1, "FR", 1, "IT", 1));
        assertThat(counts.byBand()).as("the EU space was not asked for")
                .isEqualTo(Map.of("READY", 1, "ADAPTATION", 1, "GROUNDWORK", 1, DashboardCounts.INCOMPLETE, 1));
        assertThat(counts.bandsByTargetCountry()).isEqualTo(Map.of(
                "PL", Map.of("READY", 1, "GROUNDWORK", 1),
                "FR", Map.of("ADAPTATION", 1),
                "DE", Map.of(DashboardCounts.INCOMPLETE, 1)));
    }

    @Test
    @NonTransactional
    public void filtersByCountryThemeAndStatusInCountsAndRowsAlike() throws Exception {
        practice(1, "VET", "Dual training", "Kammer", "DE", "apprenticeship", PracticeStatus.VALIDATED, 1);
        practice(2, "VET", "Mentoring", "Lycee", "FR", "inclusion", PracticeStatus.DRAFT, 2);
        practice(3, "VET", "Work-based learning", "Scuola", "DE", "apprenticeship", PracticeStatus.DRAFT, 3);
        practice(5, "VET", "Trashed one", "Kammer", "DE", "apprenticeship", PracticeStatus.VALIDATED, 5);
        AoPractice trashed = entityManager.find(AoPractice.class, "PAGE_ID = ?", 5L)[0];
        trashed.setTrashed(true);
        trashed.save();
        result(1, "VET", "PL", 4.2, Band.READY);
        result(3, "VET", "PL", 2.4, Band.GROUNDWORK);

        DashboardFilter germanApprenticeships = filter("DE", "apprenticeship", null);
        assertThat(titles(store.rows(Set.of("VET"), germanApprenticeships)))
                .containsExactly("Dual training", "Work-based learning");
        assertThat(store.counts(Set.of("VET"), germanApprenticeships).practices()).isEqualTo(2);
        assertThat(store.counts(Set.of("VET"), germanApprenticeships).byBand())
                .isEqualTo(Map.of("READY", 1, "GROUNDWORK", 1));

        DashboardFilter drafts = filter(null, null, PracticeStatus.DRAFT);
        assertThat(titles(store.rows(Set.of("VET"), drafts))).containsExactly("Mentoring", "Work-based learning");
        DashboardCounts draftCounts = store.counts(Set.of("VET"), drafts);
        assertThat(draftCounts.byStatus()).isEqualTo(Map.of(PracticeStatus.DRAFT, 2));
        assertThat(draftCounts.byBand()).isEqualTo(Map.of("GROUNDWORK", 1));
    }

    @Test
    @NonTransactional
    public void sortsAndPagesInTheDatabaseWithTheStoredResultsOfEachRow() throws Exception {
        practice(1, "VET", "Charlie", "Bravo school", "DE", "apprenticeship", PracticeStatus.VALIDATED, 30);
        practice(2, "VET", "alpha", "Charlie college", "FR", "inclusion", PracticeStatus.DRAFT, 10);
        practice(3, "VET", "Bravo", "Alpha academy", "IT", "apprenticeship", PracticeStatus.ANCHORED, 20);
        result(2, "VET", "PL", 4.2, Band.READY);
        result(2, "VET", "DE", 3.3, Band.ADAPTATION);

        assertThat(titles(store.rows(Set.of("VET"), sorted(DashboardSort.TITLE, false))))
                .as("title order ignores case").containsExactly("alpha", "Bravo", "Charlie");
        assertThat(titles(store.rows(Set.of("VET"), sorted(DashboardSort.INSTITUTION, false))))
                .containsExactly("Bravo", "Charlie", "alpha");
        assertThat(titles(store.rows(Set.of("VET"), sorted(DashboardSort.UPDATED, true))))
                .containsExactly("Charlie", "Bravo", "alpha");
        assertThat(titles(store.rows(Set.of("VET"), sorted(DashboardSort.COUNTRY, true))))
                .containsExactly("Bravo", "alpha", "Charlie");
        assertThat(titles(store.rows(Set.of("VET"), sorted(DashboardSort.TITLE, false)
                .withPage(new PageRequest(1, 1))))).containsExactly("Bravo");

        DashboardRow alpha = store.rows(Set.of("VET"), sorted(DashboardSort.TITLE, false)).get(0);
        assertThat(alpha.readiness()).extracting(ResultSummary::country).containsExactly("DE", "PL");
        assertThat(alpha.readiness().get(1).band()).contains(Band.READY);
        assertThat(alpha.readiness().get(1).score()).isEqualTo(4.2);
        assertThat(alpha.institution()).isEqualTo("Charlie college");
        assertThat(alpha.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(alpha.meanScore()).isEqualTo(3.8);
    }

    @Test
    @NonTransactional
    public void aViewCostsTheSameStatementsForThreeOrFortyPractices() throws Exception {
        int few = statementsForAView(3);
        emptyTables();
        int many = statementsForAView(40);

        assertThat(many).isEqualTo(few).isEqualTo(4);
    }

    private int statementsForAView(int practices) throws Exception {
        for (int i = 1; i <= practices; i++) {
            practice(i, i % 2 == 0 ? "VET" : "EU", "Practice " + i, "Institution " + i, i % 3 == 0 ? "DE" : "FR",
                    "apprenticeship", PracticeStatus.VALIDATED, i);
            result(i, i % 2 == 0 ? "VET" : "EU", "PL", 3.5, Band.ADAPTATION);
            result(i, i % 2 == 0 ? "VET" : "EU", "IT", 2.0, null);
        }
        DashboardFilter filter = filter(null, null, null).withPage(new PageRequest(0, 25));
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.counts(Set.of("VET", "EU"), filter);
            List<DashboardRow> rows = store.rows(Set.of("VET", "EU"), filter);
            assertThat(rows).hasSize(Math.min(practices, 25));
            assertThat(rows).allSatisfy(row -> assertThat(row.readiness()).hasSize(2));
            return sql.count();
        }
    }

    @Test
    @NonTransactional
    public void filtersByAnyOfTheLabelsInCountsAndRowsAlikeAndPagesInSql() throws Exception {
        practice(1, "VET", "Dual training", "Kammer", "DE", "apprenticeship", PracticeStatus.VALIDATED, 1);
        practice(2, "VET", "Logbook", "Lycee", "FR", "digital-skills", PracticeStatus.DRAFT, 2);
        practice(3, "VET", "Solar workshop", "Szkola", "PL", "green", PracticeStatus.DRAFT, 3);
        practice(4, "VET", "Unlabelled", "Scuola", "IT", "apprenticeship", PracticeStatus.DRAFT, 4);
        practice(5, "EU", "Elsewhere", "Other", "DE", "apprenticeship", PracticeStatus.DRAFT, 5);
        labels.replace(1, List.of("apprenticeship", "mentoring"));
        labels.replace(2, List.of("Digital", "apprenticeship"));
        labels.replace(3, List.of("digital", "green-skills"));
        labels.replace(5, List.of("digital"));
        result(2, "VET", "PL", 4.2, Band.READY);
        result(3, "VET", "PL", 2.4, Band.GROUNDWORK);

        DashboardFilter digital = labelled("digital");
        assertThat(titles(store.rows(Set.of("VET"), digital))).as("stored in lower case; EU not asked for")
                .containsExactly("Logbook", "Solar workshop");
        DashboardCounts counts = store.counts(Set.of("VET"), digital);
        assertThat(counts.practices()).isEqualTo(2);
        assertThat(counts.byBand()).isEqualTo(Map.of("READY", 1, "GROUNDWORK", 1));

        DashboardFilter either = labelled("mentoring", "green-skills");
        assertThat(titles(store.rows(Set.of("VET"), either))).as("any of the labels, each practice once")
                .containsExactly("Dual training", "Solar workshop");
        assertThat(titles(store.rows(Set.of("VET"), labelled("apprenticeship", "digital")
                .withPage(new PageRequest(1, 1))))).as("second page of three").containsExactly("Logbook");
        assertThat(store.counts(Set.of("VET"), labelled("apprenticeship", "digital")).practices()).isEqualTo(3);
        assertThat(store.rows(Set.of("VET"), labelled("nobody-uses-this"))).isEmpty();
        assertThat(store.counts(Set.of("VET"), labelled("nobody-uses-this")).practices()).isZero();

        labels.remove(2, "digital");
        labels.add(4, "digital");
        labels.add(4, "digital");
        assertThat(titles(store.rows(Set.of("VET"), digital))).containsExactly("Solar workshop", "Unlabelled");
        assertThat(labels.labels(4)).containsExactly("digital");
        labels.purge(3);
        assertThat(labels.labels(3)).isEmpty();
    }

    @Test
    @NonTransactional
    public void aLabelledViewCostsTheSameStatementsForThreeOrFortyPractices() throws Exception {
        int few = statementsForALabelledView(3);
        emptyTables();
        int many = statementsForALabelledView(40);

        assertThat(many).as("one more for the rows: the labelled pages (the counts select them inside their own statements)")
                .isEqualTo(few).isEqualTo(5);
    }

    private int statementsForALabelledView(int practices) throws Exception {
        for (int i = 1; i <= practices; i++) {
            practice(i, "VET", "Practice " + i, "Institution " + i, "DE", "apprenticeship",
                    PracticeStatus.VALIDATED, i);
            result(i, "VET", "PL", 3.5, Band.ADAPTATION);
            labels.replace(i, List.of("digital", "label-" + i));
        }
        DashboardFilter filter = labelled("digital", "green-skills").withPage(new PageRequest(0, 25));
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            assertThat(store.counts(Set.of("VET"), filter).practices()).isEqualTo(practices);
            assertThat(store.rows(Set.of("VET"), filter)).hasSize(Math.min(practices, 25));
            return sql.count();
        }
    }

    private static DashboardFilter labelled(String... names) {
        return new DashboardFilter(Set.of(), null, null, null, DashboardSort.TITLE, false, PageRequest.firstPage(),
                Set.of(names));
    }

    @Test
    @NonTransactional
    public void exportChunksHoldEveryMatchingPracticeOnceWithItsResultsAtTwoStatementsAChunk() throws Exception {
        for (int i = 1; i <= 7; i++) {
            practice(i, i == 7 ? "EU" : "VET", "Practice " + i, "Institution " + i, i % 2 == 0 ? "DE" : "FR",
                    "apprenticeship", PracticeStatus.VALIDATED, i);
            result(i, i == 7 ? "EU" : "VET", "PL", 3.5, Band.ADAPTATION);
        }
        List<List<DashboardRow>> chunks = new java.util.ArrayList<>();

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.forEachChunk(Set.of("VET"), filter("FR", null, null).withPage(new PageRequest(0, 1)), 2,
                    chunks::add);

            assertThat(chunks).extracting(List::size).as("the page asked for does not narrow an export")
                    .containsExactly(2, 1);
            assertThat(sql.count()).as("the matching ids, then practices and results for each chunk")
                    .isEqualTo(5);
        }
        assertThat(chunks.stream().flatMap(List::stream).map(DashboardRow::title))
                .containsExactly("Practice 1", "Practice 3", "Practice 5");
        assertThat(chunks.get(0).get(0).readiness()).extracting(ResultSummary::country).containsExactly("PL");
    }

    @Test
    @NonTransactional
    public void anExportFollowsTheSortTheViewerChoseAcrossChunks() throws Exception {
        practice(1, "VET", "Bravo", "Zeta school", "DE", "apprenticeship", PracticeStatus.VALIDATED, 1);
        practice(2, "VET", "Delta", "Alpha college", "FR", "apprenticeship", PracticeStatus.DRAFT, 2);
        practice(3, "VET", "Alpha", "Mu chamber", "IT", "apprenticeship", PracticeStatus.VALIDATED, 3);
        practice(4, "VET", "Charlie", "Beta guild", "PL", "apprenticeship", PracticeStatus.VALIDATED, 4);
        List<String> exported = new java.util.ArrayList<>();

        store.forEachChunk(Set.of("VET"), sorted(DashboardSort.TITLE, true), 3,
                chunk -> chunk.forEach(row -> exported.add(row.title())));
        assertThat(exported).containsExactly("Delta", "Charlie", "Bravo", "Alpha");

        exported.clear();
        store.forEachChunk(Set.of("VET"), sorted(DashboardSort.INSTITUTION, false), 3,
                chunk -> chunk.forEach(row -> exported.add(row.institution())));
        assertThat(exported).containsExactly("Alpha college", "Beta guild", "Mu chamber", "Zeta school");
    }

    @Test
    @NonTransactional
    public void spacesHoldingPracticesLeaveOutTrashedOnes() throws Exception {
        practice(1, "VET", "One", "A", "DE", "apprenticeship", PracticeStatus.DRAFT, 1);
        practice(2, "EU", "Two", "B", "DE", "apprenticeship", PracticeStatus.DRAFT, 2);
        AoPractice trashed = entityManager.find(AoPractice.class, "PAGE_ID = ?", 2L)[0];
        trashed.setTrashed(true);
        trashed.save();

        assertThat(store.spaceKeys()).containsExactly("VET");
    }

    private static DashboardFilter filter(String country, String theme, PracticeStatus status) {
        return new DashboardFilter(Set.of(), country, theme, status, DashboardSort.TITLE, false,
                PageRequest.firstPage());
    }

    private static DashboardFilter sorted(DashboardSort sort, boolean descending) {
        return new DashboardFilter(Set.of(), null, null, null, sort, descending, PageRequest.firstPage());
    }

    private static List<String> titles(List<DashboardRow> rows) {
        return rows.stream().map(DashboardRow::title).toList();
    }

    private void practice(long pageId, String space, String title, String institution, String country, String theme,
                          PracticeStatus status, int minutesAfter) throws Exception {
        Date at = Date.from(NOW.plusSeconds(60L * minutesAfter));
        entityManager.create(AoPractice.class,
                new DBParam("PAGE_ID", pageId), new DBParam("SPACE_KEY", space), new DBParam("TITLE", title),
                new DBParam("SORT_TITLE", title.toLowerCase(Locale.ROOT)), new DBParam("INSTITUTION", institution),
                new DBParam("COUNTRY", country), new DBParam("THEME", theme), new DBParam("STATUS", status.name()),
                new DBParam("TRASHED", false), new DBParam("CREATED_BY", "ana"), new DBParam("CREATED_AT", at),
                new DBParam("UPDATED_BY", "ana"), new DBParam("UPDATED_AT", at), new DBParam("LOCK_VERSION", 0));
    }

    private void result(long pageId, String space, String country, double score, Band band) {
        results.saveSummary(new ResultSummary(pageId, space, country, score, Optional.ofNullable(band),
                band == null ? 0.4 : 1.0, 2, NOW));
    }
}
