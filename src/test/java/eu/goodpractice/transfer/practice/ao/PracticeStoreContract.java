package eu.goodpractice.transfer.practice.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.practice.InnovationType;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeQuery;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.StatusChange;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the Active Objects practice store must do, run on each database the app supports (see the subclasses). Every
 * test commits for real ({@code @NonTransactional}), as the app does, and starts from empty tables.
 */
public abstract class PracticeStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    static final Instant LATER = NOW.plusSeconds(3600);

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsPracticeStore store;
    private ActiveObjectsPracticeSettings settings;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoStatusChange.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoPractice.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoVocabularyTerm.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoSpaceSetting.class, "ID > ?", 0);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new ActiveObjectsPracticeStore(ao);
        settings = new ActiveObjectsPracticeSettings(ao);
    }

    /* registering and reading */

    @Test
    @NonTransactional
    public void registersAPageOnceAsADraftAndASecondRegisterReturnsTheFirstUnchanged() {
        Practice first = store.register(101, "VET", "Mentoring apprentices", profile("First summary"), "ana", NOW);

        Practice second = store.register(101, "OTHER", "Another title", profile("Second summary"), "jan", LATER);

        assertThat(first.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(first.trashed()).isFalse();
        assertThat(first.audit().createdBy()).isEqualTo("ana");
        assertThat(first.audit().createdAt()).isEqualTo(NOW);
        assertThat(first.audit().version()).isZero();
        assertThat(second).isEqualTo(first);
        assertThat(store.find(101)).contains(first);
        assertThat(store.search(query(Set.of("VET", "OTHER")), PageRequest.firstPage()).total()).isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void anUnknownPageIsNoPracticeAndHasNoHistory() {
        assertThat(store.find(987654)).isEmpty();
        assertThat(store.history(987654)).isEmpty();
    }

    @Test
    @NonTransactional
    public void keepsEveryProfileFieldIncludingLongNonAsciiTextAndNoValues() {
        String summary = "Lernen im Betrieb – Zespół Szkół Łódź, Ελληνικά, €, ✓ ".repeat(18).strip();
        String englishSummary = "Learning at work across borders — “quoted” ".repeat(45).strip();
        PracticeProfile full = new PracticeProfile(summary, "Berufskolleg Köln", "DE", "Nordrhein-Westfalen",
                "work-based-learning", List.of("apprentices", "in-company-trainers", "employers-smes"),
                new TreeSet<>(Set.of(3, 4, 8)), "Metalworking", InnovationType.PEDAGOGICAL,
                LocalDate.parse("2024-09-01"), LocalDate.parse("2026-07-31"), false, "de", englishSummary);
        PracticeProfile ongoing = new PracticeProfile(null, null, "GR", null, null, List.of(), new TreeSet<>(), null,
                InnovationType.GREEN, LocalDate.parse("2025-01-15"), null, true, "el", null);
        assertThat(summary.length()).isGreaterThan(900);
        assertThat(englishSummary.length()).isGreaterThan(1900);

        store.register(1, "VET", "Full", full, "ana", NOW);
        store.register(2, "VET", "Ongoing", ongoing, "ana", NOW);
        store.register(3, "VET", "Empty", PracticeProfile.empty(), "ana", NOW);

        assertThat(store.find(1).orElseThrow().profile()).isEqualTo(full);
        assertThat(store.find(1).orElseThrow().profile().targetGroups())
                .containsExactly("apprentices", "in-company-trainers", "employers-smes");
        assertThat(store.find(2).orElseThrow().profile()).isEqualTo(ongoing);
        assertThat(store.find(3).orElseThrow().profile()).isEqualTo(PracticeProfile.empty());
        Practice read = store.find(1).orElseThrow();
        assertThat(read.pageId()).isEqualTo(1);
        assertThat(read.spaceKey()).isEqualTo("VET");
        assertThat(read.title()).isEqualTo("Full");
    }

    /* changing the profile */

    @Test
    @NonTransactional
    public void updatesTheProfileFromTheCurrentVersionAndCountsTheVersionUp() {
        store.register(7, "VET", "Practice", profile("old"), "ana", NOW);

        Practice updated = store.updateProfile(7, 0, profile("new"), "jan", LATER);

        assertThat(updated.profile().summary()).isEqualTo("new");
        assertThat(updated.audit().version()).isEqualTo(1);
        assertThat(updated.audit().updatedBy()).isEqualTo("jan");
        assertThat(updated.audit().updatedAt()).isEqualTo(LATER);
        assertThat(updated.audit().createdBy()).isEqualTo("ana");
        assertThat(updated.audit().createdAt()).isEqualTo(NOW);
        assertThat(store.find(7)).contains(updated);
        assertThat(titles(store.search(text("new"), PageRequest.firstPage()))).containsExactly("Practice");
        assertThat(titles(store.search(text("old"), PageRequest.firstPage()))).isEmpty();
    }

    @Test
    @NonTransactional
    public void refusesAStaleProfileUpdateAndKeepsTheOtherEdit() {
        store.register(7, "VET", "Practice", profile("draft"), "ana", NOW);
        store.updateProfile(7, 0, profile("edited by Ana"), "ana", NOW);

        assertThatThrownBy(() -> store.updateProfile(7, 0, profile("edited by Jan"), "jan", LATER))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    Practice current = (Practice) e.current();
                    assertThat(current.profile().summary()).isEqualTo("edited by Ana");
                    assertThat(current.audit().version()).isEqualTo(1);
                });
        Practice stored = store.find(7).orElseThrow();
        assertThat(stored.profile().summary()).isEqualTo("edited by Ana");
        assertThat(stored.audit().version()).isEqualTo(1);
        assertThat(stored.audit().updatedBy()).isEqualTo("ana");
    }

    /* the status lifecycle */

    @Test
    @NonTransactional
    public void recordsEveryStatusChangeInOrderWithActorTimeAndComment() {
        store.register(9, "VET", "Practice", profile("s"), "ana", NOW);

        store.changeStatus(9, PracticeTransition.SUBMIT, null, "ana", NOW.plusSeconds(1));
        store.changeStatus(9, PracticeTransition.RETURN, "Please add the English summary", "coord", NOW.plusSeconds(2));
        store.changeStatus(9, PracticeTransition.SUBMIT, null, "ana", NOW.plusSeconds(3));
        Practice validated = store.changeStatus(9, PracticeTransition.VALIDATE, null, "coord", NOW.plusSeconds(4));

        assertThat(validated.status()).isEqualTo(PracticeStatus.VALIDATED);
        assertThat(validated.audit().version()).isEqualTo(4);
        assertThat(validated.audit().updatedBy()).isEqualTo("coord");
        assertThat(store.find(9).orElseThrow().status()).isEqualTo(PracticeStatus.VALIDATED);
        assertThat(store.history(9)).containsExactly(
                new StatusChange(PracticeTransition.SUBMIT, PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, "ana",
                        NOW.plusSeconds(1), null),
                new StatusChange(PracticeTransition.RETURN, PracticeStatus.SUBMITTED, PracticeStatus.DRAFT, "coord",
                        NOW.plusSeconds(2), "Please add the English summary"),
                new StatusChange(PracticeTransition.SUBMIT, PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, "ana",
                        NOW.plusSeconds(3), null),
                new StatusChange(PracticeTransition.VALIDATE, PracticeStatus.SUBMITTED, PracticeStatus.VALIDATED,
                        "coord", NOW.plusSeconds(4), null));
    }

    @Test
    @NonTransactional
    public void historyMadeWithinOneSecondStaysInTheOrderItHappened() {
        store.register(9, "VET", "Practice", profile("s"), "ana", NOW);

        store.changeStatus(9, PracticeTransition.SUBMIT, null, "ana", NOW);
        store.changeStatus(9, PracticeTransition.RETURN, "why", "coord", NOW);
        store.changeStatus(9, PracticeTransition.ARCHIVE, null, "coord", NOW);
        store.changeStatus(9, PracticeTransition.REOPEN, null, "coord", NOW);

        assertThat(store.history(9)).extracting(StatusChange::transition).containsExactly(PracticeTransition.SUBMIT,
                PracticeTransition.RETURN, PracticeTransition.ARCHIVE, PracticeTransition.REOPEN);
    }

    @Test
    @NonTransactional
    public void refusesATransitionTheStoredStatusDoesNotAllowAndRecordsNothing() {
        store.register(9, "VET", "Practice", profile("s"), "ana", NOW);
        store.changeStatus(9, PracticeTransition.SUBMIT, null, "ana", NOW);
        // someone else validated meanwhile: a second "validate" or a late "submit" is out of date
        store.changeStatus(9, PracticeTransition.VALIDATE, null, "coord", NOW);

        assertThatThrownBy(() -> store.changeStatus(9, PracticeTransition.SUBMIT, null, "jan", LATER))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(((Practice) e.current()).status()).isEqualTo(PracticeStatus.VALIDATED));
        assertThatThrownBy(() -> store.changeStatus(9, PracticeTransition.VALIDATE, null, "jan", LATER))
                .isInstanceOf(StaleVersionException.class);

        Practice stored = store.find(9).orElseThrow();
        assertThat(stored.status()).isEqualTo(PracticeStatus.VALIDATED);
        assertThat(stored.audit().version()).isEqualTo(2);
        assertThat(stored.audit().updatedBy()).isEqualTo("coord");
        assertThat(store.history(9)).extracting(StatusChange::transition)
                .containsExactly(PracticeTransition.SUBMIT, PracticeTransition.VALIDATE);
    }

    /* searching */

    @Test
    @NonTransactional
    public void searchesOnlyTheGivenSpaces() {
        store.register(1, "VET", "In VET", profile("s"), "ana", NOW);
        store.register(2, "ADULT", "In ADULT", profile("s"), "ana", NOW);
        store.register(3, "SECRET", "In SECRET", profile("s"), "ana", NOW);

        assertThat(titles(store.search(query(Set.of("VET", "ADULT")), PageRequest.firstPage())))
                .containsExactly("In ADULT", "In VET");
        assertThat(titles(store.search(query(Set.of("VET")), PageRequest.firstPage()))).containsExactly("In VET");
        Page<Practice> none = store.search(query(Set.of()), PageRequest.firstPage());
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(store.search(query(Set.of("NOPE")), PageRequest.firstPage()).total()).isZero();
    }

    @Test
    @NonTransactional
    public void filtersByCountryThemeAndStatusTogether() {
        store.register(1, "VET", "German inclusion", located("DE", "inclusion", 3), "ana", NOW);
        store.register(2, "VET", "German digital", located("DE", "digital-skills", 3), "ana", NOW);
        store.register(3, "VET", "Greek inclusion", located("GR", "inclusion", 3), "ana", NOW);
        store.register(4, "VET", "German inclusion submitted", located("DE", "inclusion", 3), "ana", NOW);
        store.changeStatus(4, PracticeTransition.SUBMIT, null, "ana", NOW);
        Set<String> vet = Set.of("VET");

        assertThat(titles(store.search(new PracticeQuery(vet, "DE", null, null, null, null), PageRequest.firstPage())))
                .containsExactly("German digital", "German inclusion", "German inclusion submitted");
        assertThat(titles(store.search(new PracticeQuery(vet, null, "inclusion", null, null, null),
                PageRequest.firstPage())))
                .containsExactly("German inclusion", "German inclusion submitted", "Greek inclusion");
        assertThat(titles(store.search(new PracticeQuery(vet, null, null, PracticeStatus.SUBMITTED, null, null),
                PageRequest.firstPage()))).containsExactly("German inclusion submitted");
        assertThat(titles(store.search(new PracticeQuery(vet, "DE", "inclusion", PracticeStatus.DRAFT, null, null),
                PageRequest.firstPage()))).containsExactly("German inclusion");
        assertThat(store.search(new PracticeQuery(vet, "PL", null, null, null, null), PageRequest.firstPage()).total())
                .isZero();
    }

    @Test
    @NonTransactional
    public void anEqfLevelMatchesOnlyThatLevelNotOneThatStartsOrEndsWithItsDigits() {
        // 10 is not a valid EQF level, but a stored ",1,10," must still not match 1 through "10"
        store.register(1, "VET", "Levels 1 and 10", located("DE", "inclusion", 1, 10), "ana", NOW);
        store.register(2, "VET", "Level 10 only", located("DE", "inclusion", 10), "ana", NOW);
        store.register(3, "VET", "Level 11 only", located("DE", "inclusion", 11), "ana", NOW);
        store.register(4, "VET", "Levels 2 3 4", located("DE", "inclusion", 2, 3, 4), "ana", NOW);
        store.register(5, "VET", "No levels", located("DE", "inclusion"), "ana", NOW);

        assertThat(titles(store.search(eqf(1), PageRequest.firstPage()))).containsExactly("Levels 1 and 10");
        assertThat(titles(store.search(eqf(10), PageRequest.firstPage())))
                .containsExactly("Level 10 only", "Levels 1 and 10");
        assertThat(titles(store.search(eqf(3), PageRequest.firstPage()))).containsExactly("Levels 2 3 4");
        assertThat(titles(store.search(eqf(2), PageRequest.firstPage()))).containsExactly("Levels 2 3 4");
        assertThat(titles(store.search(eqf(4), PageRequest.firstPage()))).containsExactly("Levels 2 3 4");
        assertThat(store.search(eqf(8), PageRequest.firstPage()).total()).isZero();
    }

    @Test
    @NonTransactional
    public void findsTextInTitleSummaryAndInstitutionWhateverTheCase() {
        store.register(1, "VET", "Mentoring in SMEs", profile("A programme for apprentices", "ROC Twente"), "ana", NOW);
        store.register(2, "VET", "Green workshops", profile("Solar MENTORING by peers", "IBW Austria"), "ana", NOW);
        store.register(3, "VET", "Digital classroom", profile("Tablets in class", "Mentor Schule Köln"), "ana", NOW);
        store.register(4, "VET", "Unrelated", profile("Nothing here", "Lyceum"), "ana", NOW);

        assertThat(titles(store.search(text("mentor"), PageRequest.firstPage())))
                .containsExactly("Digital classroom", "Green workshops", "Mentoring in SMEs");
        assertThat(titles(store.search(text("  SOLAR mentoring "), PageRequest.firstPage())))
                .containsExactly("Green workshops");
        assertThat(titles(store.search(text("KÖLN"), PageRequest.firstPage()))).containsExactly("Digital classroom");
        assertThat(titles(store.search(text("roc twente"), PageRequest.firstPage()))).containsExactly("Mentoring in SMEs");
        assertThat(titles(store.search(text("smes"), PageRequest.firstPage()))).containsExactly("Mentoring in SMEs");
        assertThat(store.search(text("absent"), PageRequest.firstPage()).total()).isZero();
        assertThat(store.search(text("   "), PageRequest.firstPage()).total()).isEqualTo(4);
    }

    @Test
    @NonTransactional
    public void percentAndUnderscoreTypedByAUserAreLiteralNotWildcards() {
        store.register(1, "VET", "100% digital", profile("s"), "ana", NOW);
        store.register(2, "VET", "1000 digital learners", profile("s"), "ana", NOW);
        store.register(3, "VET", "Moodle e_learning course", profile("s"), "ana", NOW);
        store.register(4, "VET", "E-learning and eXlearning", profile("s"), "ana", NOW);
        store.register(5, "VET", "Elearning", profile("s"), "ana", NOW);
        store.register(6, "VET", "Escape ! and ! signs", profile("s"), "ana", NOW);

        assertThat(titles(store.search(text("100%"), PageRequest.firstPage()))).containsExactly("100% digital");
        assertThat(titles(store.search(text("0% d"), PageRequest.firstPage()))).containsExactly("100% digital");
        assertThat(titles(store.search(text("e_learning"), PageRequest.firstPage())))
                .containsExactly("Moodle e_learning course");
        assertThat(store.search(text("%"), PageRequest.firstPage()).total()).isEqualTo(1);
        assertThat(store.search(text("_"), PageRequest.firstPage()).total()).isEqualTo(1);
        assertThat(titles(store.search(text("! and !"), PageRequest.firstPage())))
                .containsExactly("Escape ! and ! signs");
        assertThat(titles(store.search(text("\\"), PageRequest.firstPage()))).isEmpty();
    }

    @Test
    @NonTransactional
    public void trashedPracticesAreLeftOutUntilRestoredAsTheyWere() {
        store.register(1, "VET", "Kept", profile("s"), "ana", NOW);
        store.register(2, "VET", "Trashed", profile("s"), "ana", NOW);
        store.changeStatus(2, PracticeTransition.SUBMIT, null, "ana", NOW);
        Practice before = store.find(2).orElseThrow();

        store.setTrashed(2, true);

        assertThat(titles(store.search(query(Set.of("VET")), PageRequest.firstPage()))).containsExactly("Kept");
        assertThat(store.search(text("trashed"), PageRequest.firstPage()).total()).isZero();
        assertThat(store.find(2).orElseThrow().trashed()).isTrue();
        assertThat(store.history(2)).hasSize(1);

        store.setTrashed(2, false);

        assertThat(titles(store.search(query(Set.of("VET")), PageRequest.firstPage()))).containsExactly("Kept", "Trashed");
        assertThat(store.find(2)).contains(before);
        store.setTrashed(404, true); // an unknown page is no error
    }

    @Test
    @NonTransactional
    public void ordersByTitleIgnoringCaseAndPagesWithTheTotal() {
        List<String> unordered = List.of("Delta", "alpha", "charlie", "Bravo", "echo");
        for (int i = 0; i < unordered.size(); i++) {
            store.register(i + 1, "VET", unordered.get(i), profile("s"), "ana", NOW);
        }
        store.register(99, "OTHER", "aardvark elsewhere", profile("s"), "ana", NOW);

        Page<Practice> first = store.search(query(Set.of("VET")), new PageRequest(0, 2));
        Page<Practice> second = store.search(query(Set.of("VET")), new PageRequest(2, 2));
        Page<Practice> last = store.search(query(Set.of("VET")), new PageRequest(4, 2));
        Page<Practice> beyond = store.search(query(Set.of("VET")), new PageRequest(10, 2));

        // upper case sorts before lower case in a plain comparison: this order ignores case
        assertThat(titles(first)).containsExactly("alpha", "Bravo");
        assertThat(titles(second)).containsExactly("charlie", "Delta");
        assertThat(titles(last)).containsExactly("echo");
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.total()).isEqualTo(5);
        assertThat(second.start()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    @NonTransactional
    public void aFilteredPageCountsOnlyWhatMatches() {
        for (int i = 0; i < 7; i++) {
            store.register(i + 1, "VET", "Practice " + i, located(i % 2 == 0 ? "DE" : "AT", "inclusion", 4), "ana", NOW);
        }

        Page<Practice> page = store.search(new PracticeQuery(Set.of("VET"), "DE", null, null, null, null),
                new PageRequest(1, 2));

        assertThat(page.total()).isEqualTo(4);
        assertThat(titles(page)).containsExactly("Practice 2", "Practice 4");
    }

    /* following the page */

    @Test
    @NonTransactional
    public void followsARenamedAndMovedPageIncludingTheSearchTextAndOrder() {
        store.register(1, "VET", "Old name", profile("summary"), "ana", NOW);
        store.register(2, "ADULT", "Middle", profile("summary"), "ana", NOW);

        store.followPage(1, "ADULT", "Zeta new name");

        Practice moved = store.find(1).orElseThrow();
        assertThat(moved.title()).isEqualTo("Zeta new name");
        assertThat(moved.spaceKey()).isEqualTo("ADULT");
        assertThat(moved.profile()).isEqualTo(profile("summary"));
        assertThat(store.search(query(Set.of("VET")), PageRequest.firstPage()).total()).isZero();
        assertThat(titles(store.search(query(Set.of("ADULT")), PageRequest.firstPage())))
                .containsExactly("Middle", "Zeta new name");
        assertThat(titles(store.search(text("ADULT", "zeta NEW"), PageRequest.firstPage())))
                .containsExactly("Zeta new name");
        assertThat(store.search(text("ADULT", "old name"), PageRequest.firstPage()).total()).isZero();

        store.followPage(1, "ADULT", "aaa first now");
        assertThat(titles(store.search(query(Set.of("ADULT")), PageRequest.firstPage())))
                .containsExactly("aaa first now", "Middle");
        store.followPage(404, "ADULT", "unknown"); // a page that is no practice is no error
        assertThat(store.find(404)).isEmpty();
    }

    @Test
    @NonTransactional
    public void aPurgedPracticeGoesWithItsHistoryAndNothingOfOthers() {
        store.register(1, "VET", "Doomed", profile("s"), "ana", NOW);
        store.register(2, "VET", "Kept", profile("s"), "ana", NOW);
        store.changeStatus(1, PracticeTransition.SUBMIT, null, "ana", NOW);
        store.changeStatus(2, PracticeTransition.SUBMIT, null, "ana", NOW);
        store.changeStatus(2, PracticeTransition.VALIDATE, null, "coord", NOW);
        store.setTrashed(1, true);

        store.purge(1);

        assertThat(store.find(1)).isEmpty();
        assertThat(store.history(1)).isEmpty();
        assertThat(store.find(2).orElseThrow().status()).isEqualTo(PracticeStatus.VALIDATED);
        assertThat(store.history(2)).hasSize(2);
        // the page id may come back (a page restored from a space import): it starts over
        Practice again = store.register(1, "VET", "Doomed", profile("s"), "ana", LATER);
        assertThat(again.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(store.history(1)).isEmpty();
    }

    @Test
    @NonTransactional
    public void listsTheSpacesThatHoldPracticesNotTrashed() {
        store.register(1, "VET", "a", profile("s"), "ana", NOW);
        store.register(2, "VET", "b", profile("s"), "ana", NOW);
        store.register(3, "ADULT", "c", profile("s"), "ana", NOW);
        store.register(4, "GONE", "d", profile("s"), "ana", NOW);
        store.setTrashed(4, true);

        assertThat(store.spaceKeys()).containsExactlyInAnyOrder("VET", "ADULT");
    }

    /* vocabularies and settings */

    @Test
    @NonTransactional
    public void keepsCustomTermsPerSpaceAndKindInTheirOrder() {
        List<Term> themes = List.of(new Term("zero-waste", "Zero Waste – Kreislaufwirtschaft", false),
                new Term("inclusion", "Inklusion", false), new Term("guidance", null, true),
                new Term("apprenticeships-abroad", "Apprenticeships abroad", false));
        List<Term> groups = List.of(new Term("refugees", "Refugees", false));

        store.saveCustomTerms("VET", VocabularyKind.THEME, themes);
        store.saveCustomTerms("VET", VocabularyKind.TARGET_GROUP, groups);
        store.saveCustomTerms("ADULT", VocabularyKind.THEME, List.of(new Term("literacy", "Literacy", false)));

        assertThat(store.customTerms("VET", VocabularyKind.THEME)).containsExactlyElementsOf(themes);
        assertThat(store.customTerms("VET", VocabularyKind.TARGET_GROUP)).containsExactlyElementsOf(groups);
        assertThat(store.customTerms("ADULT", VocabularyKind.THEME))
                .containsExactly(new Term("literacy", "Literacy", false));
        assertThat(store.customTerms("NONE", VocabularyKind.THEME)).isEmpty();

        List<Term> replaced = List.of(new Term("inclusion", null, true), new Term("zero-waste", "Zero waste", false));
        store.saveCustomTerms("VET", VocabularyKind.THEME, replaced);

        assertThat(store.customTerms("VET", VocabularyKind.THEME)).containsExactlyElementsOf(replaced);
        assertThat(store.customTerms("VET", VocabularyKind.TARGET_GROUP)).containsExactlyElementsOf(groups);
        assertThat(store.customTerms("ADULT", VocabularyKind.THEME)).hasSize(1);

        store.saveCustomTerms("VET", VocabularyKind.THEME, List.of());
        assertThat(store.customTerms("VET", VocabularyKind.THEME)).isEmpty();
    }

    @Test
    @NonTransactional
    public void keepsTheLongestTermKeyAndNameTheVocabularyServiceAccepts() {
        // VocabularyService makes and accepts keys of at most 100 characters and names of at most 255
        Term longest = new Term("k".repeat(100), "Ł".repeat(255), true);

        store.saveCustomTerms("VET", VocabularyKind.THEME, List.of(longest));
        store.register(1, "VET", "Uses it", located("DE", longest.key(), 4), "ana", NOW);

        assertThat(store.customTerms("VET", VocabularyKind.THEME)).containsExactly(longest);
        assertThat(titles(store.search(new PracticeQuery(Set.of("VET"), null, longest.key(), null, null, null),
                PageRequest.firstPage()))).containsExactly("Uses it");
    }

    @Test
    @NonTransactional
    public void keepsTheCoordinatorGroupPerSpaceAndClearsItWithNull() throws Exception {
        assertThat(settings.coordinatorGroup("VET")).isEmpty();

        settings.setCoordinatorGroup("VET", "vet-coordinators");
        settings.setCoordinatorGroup("ADULT", "adult-team");
        assertThat(settings.coordinatorGroup("VET")).contains("vet-coordinators");

        settings.setCoordinatorGroup("VET", "working-group");
        assertThat(settings.coordinatorGroup("VET")).contains("working-group");
        assertThat(entityManager.count(AoSpaceSetting.class)).isEqualTo(2);

        settings.setCoordinatorGroup("VET", null);
        assertThat(settings.coordinatorGroup("VET")).isEmpty();
        assertThat(settings.coordinatorGroup("ADULT")).contains("adult-team");
    }

    /* cost */

    @Test
    @NonTransactional
    public void aSearchPageCostsTheSameNumberOfStatementsForThreeAndForFortyPractices() {
        for (int i = 0; i < 3; i++) {
            store.register(1000 + i, "SMALL", "small " + i, profile("Grüne Berufe " + i, "School " + i), "ana", NOW);
        }
        for (int i = 0; i < 40; i++) {
            store.register(2000 + i, "LARGE", "large " + i, profile("Grüne Berufe " + i, "School " + i), "ana", NOW);
        }

        int small = statements(() -> readPage("SMALL", 3));
        int large = statements(() -> readPage("LARGE", 40));

        assertThat(large).isEqualTo(small);
    }

    private void readPage(String spaceKey, int expected) {
        Page<Practice> page = store.search(new PracticeQuery(Set.of(spaceKey), "DE", "inclusion", PracticeStatus.DRAFT,
                4, "grüne"), new PageRequest(0, 100));
        assertThat(page.items()).hasSize(expected);
        assertThat(page.total()).isEqualTo(expected);
        page.items().forEach(p -> assertThat(p.profile().summary()).startsWith("Grüne Berufe"));
    }

    private int statements(Runnable work) {
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            work.run();
            return sql.count();
        }
    }

    /* helpers */

    static PracticeProfile profile(String summary) {
        return profile(summary, "Institution");
    }

    static PracticeProfile profile(String summary, String institution) {
        return new PracticeProfile(summary, institution, "DE", null, "inclusion", List.of("apprentices"),
                new TreeSet<>(Set.of(4)), null, null, null, null, false, "en", null);
    }

    static PracticeProfile located(String country, String theme, Integer... eqfLevels) {
        return new PracticeProfile("summary", "institution", country, null, theme, List.of("apprentices"),
                new TreeSet<>(List.of(eqfLevels)), null, null, null, null, false, "en", null);
    }

    static PracticeQuery query(Set<String> spaceKeys) {
        return new PracticeQuery(spaceKeys, null, null, null, null, null);
    }

    static PracticeQuery text(String text) {
        return text("VET", text);
    }

    static PracticeQuery text(String spaceKey, String text) {
        return new PracticeQuery(Set.of(spaceKey), null, null, null, null, text);
    }

    static PracticeQuery eqf(int level) {
        return new PracticeQuery(Set.of("VET"), null, null, null, level, null);
    }

    static List<String> titles(Page<Practice> page) {
        return page.items().stream().map(Practice::title).toList();
    }
}
