package eu.goodpractice.transfer.assessment.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ModelVersion;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.ao.ActiveObjectsPracticeStore;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the Active Objects assessment store must do, run on each database the app supports (see the subclasses).
 * Every test commits for real ({@code @NonTransactional}), as the app does, and starts from empty tables.
 */
public abstract class AssessmentStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    static final Instant LATER = NOW.plusSeconds(3600);

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsAssessmentStore store;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoRatingChange.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoRating.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoAssessmentVersion.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoResultSummary.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoPractice.class, "ID > ?", 0);
        store = new ActiveObjectsAssessmentStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void anUnratedAssessmentHasVersionZeroNoRatingsAndNoHistory() {
        assertThat(store.version(1, "DE")).isZero();
        assertThat(store.ratings(1, "DE")).isEmpty();
        assertThat(store.history(1, "DE")).isEmpty();
        assertThat(store.countries(1)).isEmpty();
        assertThat(store.versions(1)).isEmpty();
    }

    @Test
    @NonTransactional
    public void keepsEveryFieldOfARatingIncludingLongNonAsciiTextAndCountsTheVersionUp() {
        String rationale = "Finanzierung über drei Jahre gesichert – Łódź, Ελληνικά, € ✓ ".repeat(40).strip();
        Rating full = new Rating("funding-stability", "ana", RatingValue.score(4), rationale,
                "https://example.org/report.pdf", NOW);
        Rating bare = new Rating("evaluation", "ana", RatingValue.DONT_KNOW, null, null, NOW);

        int version = store.replaceRatings(1, "DE", "ana", List.of(full, bare), 0, "vet-transfer", 1, NOW);

        assertThat(version).isEqualTo(1);
        assertThat(store.version(1, "DE")).isEqualTo(1);
        assertThat(store.ratings(1, "DE")).containsExactly(bare, full);
        assertThat(store.countries(1)).containsExactly("DE");
        assertThat(store.versions(1)).isEqualTo(Map.of("DE", 1));
        assertThat(store.version(1, "FR")).as("each country has its own version").isZero();
    }

    @Test
    @NonTransactional
    public void replacingOneAssessorsBatchLeavesTheOtherAssessorsRatings() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "DE", "jan", List.of(rating("jan", "leadership", "2", "Dean is leaving")), 1,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "FR", "ana", List.of(rating("ana", "curricula", "3", "Partly")), 0,
                "vet-transfer", 1, NOW);

        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "curricula", "5", "In the regulation")), 2,
                "vet-transfer", 1, LATER);

        assertThat(store.ratings(1, "DE")).extracting(Rating::assessorKey, Rating::criterionKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "curricula"),
                        org.assertj.core.groups.Tuple.tuple("jan", "leadership"));
        assertThat(store.ratings(1, "FR")).extracting(Rating::criterionKey).containsExactly("curricula");
        assertThat(store.ratingsByCountry(1).keySet()).containsExactly("DE", "FR");
        assertThat(store.version(1, "DE")).isEqualTo(3);
    }

    @Test
    @NonTransactional
    public void aStaleBatchIsRefusedWithTheCurrentRatingsAndKeepsTheOtherAssessorsRatings() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it")), 0,
                "vet-transfer", 1, NOW);

        assertThatThrownBy(() -> store.replaceRatings(1, "DE", "jan",
                List.of(rating("jan", "leadership", "1", "Read an old version")), 0, "vet-transfer", 1, LATER))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("transfer.error.stale");
                    assertThat(e.current()).asList().extracting("assessorKey").containsExactly("ana");
                });

        assertThat(store.ratings(1, "DE")).extracting(Rating::assessorKey).containsExactly("ana");
        assertThat(store.version(1, "DE")).isEqualTo(1);
        assertThat(store.history(1, "DE")).hasSize(1);
    }

    @Test
    @NonTransactional
    public void historyRecordsAddedChangedAndRemovedRatingsWithOldAndNewValues() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it"),
                rating("ana", "curricula", "3", "Partly"), rating("ana", "routines", "2", "Ad hoc")), 0,
                "vet-transfer", 1, NOW);

        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "5", "Dean signed the plan"),
                rating("ana", "curricula", "3", "Partly")), 1, "vet-transfer", 1, LATER);

        List<RatingChange> history = store.history(1, "DE");
        assertThat(history).containsExactly(
                new RatingChange("leadership", "ana", null, RatingValue.score(4), "Dean supports it", NOW),
                new RatingChange("curricula", "ana", null, RatingValue.score(3), "Partly", NOW),
                new RatingChange("routines", "ana", null, RatingValue.score(2), "Ad hoc", NOW),
                new RatingChange("leadership", "ana", RatingValue.score(4), RatingValue.score(5),
                        "Dean signed the plan", LATER),
                new RatingChange("routines", "ana", RatingValue.score(2), null, null, LATER));
        assertThat(store.ratings(1, "DE")).filteredOn(r -> r.criterionKey().equals("curricula"))
                .extracting(Rating::updatedAt).as("an unchanged rating keeps its time").containsExactly(NOW);
    }

    @Test
    @NonTransactional
    public void historyByCountryGroupsEveryChangeOfThePracticeInOneStatement() {
        store.replaceRatings(1, "PL", "ana", List.of(rating("ana", "leadership", "4", "Yes")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "DE", "jan", List.of(rating("jan", "leadership", "2", "No")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "DE", "jan", List.of(rating("jan", "leadership", "3", "Partly")), 1,
                "vet-transfer", 1, LATER);
        store.replaceRatings(2, "DE", "ana", List.of(rating("ana", "leadership", "5", "Other practice")), 0,
                "vet-transfer", 1, NOW);

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            Map<String, List<RatingChange>> history = store.historyByCountry(1);
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
            assertThat(history.keySet()).containsExactly("DE", "PL");
            assertThat(history.get("DE")).extracting(RatingChange::rationale).containsExactly("No", "Partly");
            assertThat(history.get("PL")).isEqualTo(store.history(1, "PL"));
        }
    }

    @Test
    @NonTransactional
    public void aChangedRationaleAloneIsAChange() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "First reason")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Better reason")), 1,
                "vet-transfer", 1, LATER);

        assertThat(store.history(1, "DE")).last().isEqualTo(new RatingChange("leadership", "ana",
                RatingValue.score(4), RatingValue.score(4), "Better reason", LATER));
    }

    @Test
    @NonTransactional
    public void purgeRemovesThePagesRatingsHistoryAndVersionsOnly() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Yes")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(2, "DE", "ana", List.of(rating("ana", "leadership", "3", "Maybe")), 0,
                "vet-transfer", 1, NOW);

        store.purge(1);

        assertThat(store.ratings(1, "DE")).isEmpty();
        assertThat(store.history(1, "DE")).isEmpty();
        assertThat(store.version(1, "DE")).isZero();
        assertThat(store.ratings(2, "DE")).hasSize(1);
        assertThat(store.version(2, "DE")).isEqualTo(1);
        assertThat(store.history(2, "DE")).hasSize(1);
    }

    @Test
    @NonTransactional
    public void readingAnAssessmentCostsTheSameStatementsHoweverManyRatings() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Yes")), 0,
                "vet-transfer", 1, NOW);
        List<String> criteria = List.of("funding-stability", "organisational-capacity", "partnerships",
                "strategy-quality", "evaluation", "documentation", "essential-elements", "resources-needed",
                "evidence", "relevance");
        int version = 0;
        for (String assessor : List.of("ana", "jan", "eva", "tom")) {
            List<Rating> batch = new ArrayList<>();
            criteria.forEach(c -> batch.add(rating(assessor, c, "3", "Because")));
            version = store.replaceRatings(2, "DE", assessor, batch, version, "vet-transfer", 1, NOW);
            store.replaceRatings(2, "PL", assessor, batch, version - 1, "vet-transfer", 1, NOW);
        }

        int small = statements(() -> readEverything(1, "DE"));
        int large = statements(() -> readEverything(2, "DE"));

        assertThat(store.ratings(2, "DE")).hasSize(40);
        assertThat(large).isEqualTo(small);
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.ratings(2, "DE");
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
            assertThat(sql.statements().get(0)).contains("AO_27884E_RATING");
        }
    }

    private void readEverything(long pageId, String country) {
        store.ratings(pageId, country).forEach(Rating::rationale);
        store.ratingsByCountry(pageId).values().forEach(list -> list.forEach(Rating::evidenceUrl));
        store.version(pageId, country);
        store.versions(pageId);
        store.history(pageId, country).forEach(RatingChange::rationale);
        store.historyByCountry(pageId).values().forEach(list -> list.forEach(RatingChange::rationale));
    }

    @Test
    @NonTransactional
    public void pushesTheRatingsOfSeveralPracticesChunkByChunkWithOneStatementPerChunk() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "a"),
                rating("ana", "curricula", "NA", "b")), 0, "vet-transfer", 1, NOW);
        store.replaceRatings(1, "PL", "jan", List.of(rating("jan", "leadership", "2", "c")), 0, "vet-transfer", 1,
                NOW);
        store.replaceRatings(2, "DE", "jan", List.of(rating("jan", "evaluation", "5", "d"),
                rating("jan", "partnerships", "DK", "e")), 0, "vet-transfer", 1, NOW);
        store.replaceRatings(3, "DE", "ana", List.of(rating("ana", "leadership", "1", "not asked")), 0,
                "vet-transfer", 1, NOW);

        java.util.List<java.util.List<eu.goodpractice.transfer.assessment.PracticeRating>> chunks =
                new java.util.ArrayList<>();
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.forEachRatingChunk(List.of(1L, 2L), null, 2, chunks::add);
            assertThat(sql.count()).as("one statement per chunk: %s", sql.statements()).isEqualTo(3);
        }

        assertThat(chunks).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(chunks.stream().flatMap(List::stream).map(r -> r.pageId() + r.country() + r.rating().rationale()))
                .containsExactlyInAnyOrder("1DEa", "1DEb", "1PLc", "2DEd", "2DEe");
        java.util.List<String> german = new java.util.ArrayList<>();
        store.forEachRatingChunk(List.of(1L, 2L), "DE", 500, chunk -> chunk.forEach(r ->
                german.add(r.rating().rationale())));
        assertThat(german).containsExactlyInAnyOrder("a", "b", "d", "e");
        store.forEachRatingChunk(List.of(), null, 2, chunk -> german.add("never"));
        assertThat(german).doesNotContain("never");
    }

    private int statements(Runnable work) {
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            work.run();
            return sql.count();
        }
    }

    @Test
    @NonTransactional
    public void theResultIsStoredInTheRatingsTransactionFromEveryAssessorsRatings() {
        store.replaceRatings(1, "DE", "jan", List.of(rating("jan", "leadership", "2", "Dean is leaving")), 0,
                "vet-transfer", 1, NOW);

        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it")), 1,
                "vet-transfer", 1, LATER, all -> summary(1, "DE", all.size(), LATER));

        assertThat(storedResults()).containsExactly("1 DE VET 2.0 2026-11-20T11:15:30Z");
    }

    @Test
    @NonTransactional
    public void whenTheResultCannotBeStoredTheRatingsAreNotStoredEither() {
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it")), 0,
                "vet-transfer", 1, NOW, all -> summary(1, "DE", all.size(), NOW));

        assertThatThrownBy(() -> store.replaceRatings(1, "DE", "ana",
                List.of(rating("ana", "leadership", "1", "Dean left")), 1, "vet-transfer", 1, LATER, all -> {
                    throw new IllegalStateException("the database went away");
                })).isInstanceOf(IllegalStateException.class);

        assertThat(store.ratings(1, "DE")).extracting(r -> r.value().code()).containsExactly("4");
        assertThat(store.version(1, "DE")).isEqualTo(1);
        assertThat(store.history(1, "DE")).hasSize(1);
        assertThat(storedResults()).containsExactly("1 DE VET 1.0 2026-11-20T10:15:30Z");
    }

    @Test
    @NonTransactional
    public void theUpgradeStoresTheResultsOfRatingsSavedBeforeResultsWereKeptAndASecondRunChangesNothing() {
        ActiveObjectsPracticeStore registry = new ActiveObjectsPracticeStore(new EntityManagerActiveObjects(
                entityManager));
        registry.register(1, "VET", "Dual study", PracticeProfile.empty(), "ana", NOW);
        registry.register(2, "EU", "Mentoring", PracticeProfile.empty(), "ana", NOW);
        store.replaceRatings(1, "DE", "ana", List.of(rating("ana", "leadership", "4", "Dean supports it")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(1, "DE", "jan", List.of(new Rating("curricula", "jan", RatingValue.score(2), "Not yet",
                null, LATER)), 1, "vet-transfer", 1, LATER);
        store.replaceRatings(2, "PL", "ana", List.of(rating("ana", "leadership", "5", "Signed")), 0,
                "vet-transfer", 1, NOW);
        store.replaceRatings(3, "FR", "ana", List.of(rating("ana", "leadership", "5", "Unregistered page")), 0,
                "vet-transfer", 1, NOW);
        store.saveSummary(new ResultSummary(2, "EU", "PL", 9.9, Optional.of(Band.READY), 1, 1, NOW));
        ResultSummaryBackfill upgrade = new ResultSummaryBackfill();

        upgrade.upgrade(ModelVersion.valueOf("0"), new EntityManagerActiveObjects(entityManager));

        assertThat(storedResults()).as("scored as the service scores, at the newest rating; stored ones kept")
                .containsExactlyInAnyOrder("1 DE VET 3.0 2026-11-20T11:15:30Z", "2 PL EU 9.9 2026-11-20T10:15:30Z");
        List<String> once = storedResultsWithIds();
        upgrade.upgrade(ModelVersion.valueOf("1"), new EntityManagerActiveObjects(entityManager));
        assertThat(storedResultsWithIds()).isEqualTo(once);
        assertThat(store.summarisedCountries()).isEqualTo(Map.of(1L, Set.of("DE"), 2L, Set.of("PL")));
    }

    private static ResultSummary summary(long pageId, String country, int ratings, Instant at) {
        return new ResultSummary(pageId, "VET", country, (double) ratings, Optional.empty(), 0.1, ratings, at);
    }

    /** "page country space score updated" of every stored result. */
    private List<String> storedResults() {
        return storedResultsWithIds().stream().map(row -> row.substring(row.indexOf(':') + 1)).toList();
    }

    private List<String> storedResultsWithIds() {
        try {
            List<String> rows = new ArrayList<>();
            for (AoResultSummary row : entityManager.find(AoResultSummary.class, net.java.ao.Query.select()
                    .order("ID ASC"))) {
                rows.add(row.getID() + ":" + row.getPageId() + " " + row.getCountry() + " " + row.getSpaceKey() + " "
                        + row.getScore() + " " + row.getUpdatedAt().toInstant());
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Rating rating(String assessor, String criterion, String value, String rationale) {
        return new Rating(criterion, assessor, RatingValue.parse(value), rationale, null, NOW);
    }
}
