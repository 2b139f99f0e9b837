package eu.goodpractice.transfer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class VocabularyServiceTest {
    private static final List<String> SHIPPED_THEMES = VocabularyKind.THEME.shippedTerms();

    @Mock PracticeStore store;
    @Mock AccessPolicy access;
    @Captor ArgumentCaptor<List<Term>> saved;

    private VocabularyService service;

    @BeforeEach
    void setUp() {
        service = new VocabularyService(store, access);
        lenient().when(access.canAdminister("VET")).thenReturn(true);
    }

    @Test
    void onlySpaceAdministratorsChangeAVocabulary() {
        when(access.canAdminister("ADULT")).thenReturn(false);

        assertThatThrownBy(() -> service.replace("ADULT", VocabularyKind.THEME, shipped()))
                .isInstanceOf(AccessDeniedException.class);
        verify(store, never()).saveCustomTerms(any(), any(), any());
    }

    @Test
    void keepingTheShippedTermsAsTheyAreStoresNothingOfTheSpacesOwn() {
        service.replace("VET", VocabularyKind.THEME, shipped());

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        assertThat(saved.getValue()).isEmpty();
    }

    @Test
    void aShippedTermLeftOutIsRetiredNeverDeleted() {
        List<Term> wanted = shipped();
        wanted.removeIf(term -> term.key().equals("guidance"));

        service.replace("VET", VocabularyKind.THEME, wanted);

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        assertThat(saved.getValue()).containsExactly(new Term("guidance", null, true));
    }

    @Test
    void aSpacesOwnTermLeftOutIsRetiredTooSoPracticesUsingItStayValid() {
        when(store.customTerms("VET", VocabularyKind.THEME)).thenReturn(List.of(new Term("dual-study", "Dual study", false)));

        service.replace("VET", VocabularyKind.THEME, shipped());

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        assertThat(saved.getValue()).containsExactly(new Term("dual-study", "Dual study", true));
    }

    @Test
    void shippedTermsCanBeRenamedAndRetiredAndNewOnesAdded() {
        List<Term> wanted = shipped();
        wanted.set(SHIPPED_THEMES.indexOf("inclusion"), new Term("inclusion", "  Inklusion & Vielfalt ", false));
        wanted.set(SHIPPED_THEMES.indexOf("guidance"), new Term("guidance", null, true));
        wanted.add(new Term("  zero-waste ", "Zero waste", false));

        service.replace("VET", VocabularyKind.THEME, wanted);

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        assertThat(saved.getValue()).containsExactly(new Term("inclusion", "Inklusion & Vielfalt", false),
                new Term("guidance", null, true), new Term("zero-waste", "Zero waste", false));
    }

    @Test
    void aNewTermWithoutKeyGetsOneMadeFromItsName() {
        List<Term> wanted = shipped();
        wanted.add(new Term(null, "Grüne Berufe & Jobs", false));
        wanted.add(new Term("  ", "  Éducation à l'emploi  ", false));

        service.replace("VET", VocabularyKind.THEME, wanted);

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        assertThat(saved.getValue()).containsExactly(new Term("grune-berufe-jobs", "Grüne Berufe & Jobs", false),
                new Term("education-a-l-emploi", "Éducation à l'emploi", false));
    }

    @Test
    void aVeryLongNameGetsAKeyThatFitsTheStorage() {
        String name = "Learning outcomes in work-based learning ".repeat(6).strip();
        assertThat(name.length()).isBetween(200, 255);
        List<Term> wanted = shipped();
        wanted.add(new Term(null, name, false));

        service.replace("VET", VocabularyKind.THEME, wanted);

        verify(store).saveCustomTerms(eq("VET"), eq(VocabularyKind.THEME), saved.capture());
        Term added = saved.getValue().get(0);
        assertThat(added.customLabel()).isEqualTo(name);
        assertThat(added.key()).hasSizeLessThanOrEqualTo(100).startsWith("learning-outcomes-in-work-based-learning-")
                .doesNotEndWith("-");
    }

    @Test
    void aGivenKeyLongerThanTheStorageHoldsIsRejected() {
        List<Term> wanted = shipped();
        wanted.add(new Term("k".repeat(101), "Long key", false));

        assertThatThrownBy(() -> service.replace("VET", VocabularyKind.THEME, wanted))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().has("terms")).isTrue());
        verify(store, never()).saveCustomTerms(any(), any(), any());
    }

    @Test
    void twoTermsWithTheSameKeyAreRejectedAndNothingIsStored() {
        List<Term> sameKey = shipped();
        sameKey.add(new Term("zero-waste", "Zero waste", false));
        sameKey.add(new Term("zero-waste", "Zero Waste again", false));
        List<Term> sameName = shipped();
        sameName.add(new Term(null, "Green jobs", false));
        sameName.add(new Term(null, "Green Jobs!", false));
        List<Term> shippedTwice = shipped();
        shippedTwice.add(new Term("inclusion", "Inclusion again", false));

        for (List<Term> wanted : List.of(sameKey, sameName, shippedTwice)) {
            assertThatThrownBy(() -> service.replace("VET", VocabularyKind.THEME, wanted))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors().byField().get("terms").messageKey())
                                    .isEqualTo("transfer.validation.terms"));
        }
        verify(store, never()).saveCustomTerms(any(), any(), any());
    }

    @Test
    void aNewTermNeedsANameAndANameMustMakeAKey() {
        List<Term> noName = shipped();
        noName.add(new Term("refugees", "  ", false));
        List<Term> nothing = shipped();
        nothing.add(new Term(null, null, false));
        List<Term> punctuation = shipped();
        punctuation.add(new Term(null, "&&& ???", false));
        List<Term> tooLong = shipped();
        tooLong.add(new Term("long", "n".repeat(256), false));

        for (List<Term> wanted : List.of(noName, nothing, punctuation, tooLong)) {
            assertThatThrownBy(() -> service.replace("VET", VocabularyKind.TARGET_GROUP, wanted))
                    .isInstanceOf(ValidationException.class);
        }
        verify(store, never()).saveCustomTerms(any(), any(), any());
    }

    @Test
    void moreThanAHundredTermsAreRejected() {
        List<Term> wanted = new ArrayList<>();
        for (int i = 0; i <= VocabularyService.MAX_TERMS; i++) {
            wanted.add(new Term("term-" + i, "Term " + i, false));
        }

        assertThatThrownBy(() -> service.replace("VET", VocabularyKind.THEME, wanted))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().byField().get("terms").messageKey())
                                .isEqualTo("transfer.validation.too-many"));
        verify(store, never()).saveCustomTerms(any(), any(), any());
    }

    @Test
    void theTermsAreTheShippedOnesInTheirOrderWithTheSpacesChangesThenItsAdditions() {
        when(store.customTerms("VET", VocabularyKind.THEME)).thenReturn(List.of(
                new Term("zero-waste", "Zero waste", false),
                new Term("inclusion", "Inklusion", false),
                new Term("guidance", null, true),
                new Term("apprenticeships-abroad", "Abroad", true)));

        List<Term> terms = service.terms("VET", VocabularyKind.THEME);

        List<Term> expected = new ArrayList<>();
        for (String key : SHIPPED_THEMES) {
            expected.add(switch (key) {
                case "inclusion" -> new Term("inclusion", "Inklusion", false);
                case "guidance" -> new Term("guidance", null, true);
                default -> new Term(key, null, false);
            });
        }
        expected.add(new Term("zero-waste", "Zero waste", false));
        expected.add(new Term("apprenticeships-abroad", "Abroad", true));
        assertThat(terms).containsExactlyElementsOf(expected);
    }

    @Test
    void aSpaceWithoutChangesHasTheShippedTerms() {
        when(store.customTerms("ADULT", VocabularyKind.TARGET_GROUP)).thenReturn(List.of());

        assertThat(service.terms("ADULT", VocabularyKind.TARGET_GROUP)).extracting(Term::key)
                .containsExactlyElementsOf(VocabularyKind.TARGET_GROUP.shippedTerms());
    }

    @Test
    void replacingAnswersWithTheTermsAsTheyNowAre() {
        when(store.customTerms("VET", VocabularyKind.THEME)).thenReturn(List.of(new Term("guidance", null, true)));
        List<Term> wanted = shipped();
        wanted.removeIf(term -> term.key().equals("guidance"));

        List<Term> now = service.replace("VET", VocabularyKind.THEME, wanted);

        assertThat(now).hasSize(SHIPPED_THEMES.size()).contains(new Term("guidance", null, true));
    }

    /** The shipped themes, unchanged, as the settings page sends them back. */
    private static List<Term> shipped() {
        return new ArrayList<>(SHIPPED_THEMES.stream().map(key -> new Term(key, null, false)).toList());
    }
}
