package eu.goodpractice.transfer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DefaultAssessmentServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final Practice PRACTICE = new Practice(5, "VET", "Peer mentoring", PracticeProfile.empty(),
            PracticeStatus.DRAFT, false, new Audit("ana", NOW, "ana", NOW, 0));

    @Mock AssessmentStore store;
    @Mock PracticeService practices;
    @Mock AccessPolicy access;
    @Mock CriteriaSetStore sets;

    private DefaultAssessmentService service;

    @BeforeEach
    void setUp() {
        service = new DefaultAssessmentService(store, practices, access, Clock.fixed(NOW, ZoneOffset.UTC),
                new CriteriaSetService(sets, access));
        lenient().when(sets.latest(anyString())).thenReturn(Optional.empty());
        lenient().when(practices.practice(5)).thenReturn(PRACTICE);
        lenient().when(practices.canEdit("VET")).thenReturn(true);
        lenient().when(access.currentUserKey()).thenReturn(Optional.of("ana"));
    }

    @Test
    void aPageOfCountriesGetsTheAssessedOnesAndEmptyOnesForTheRestFromOneRead() {
        when(store.ratingsByCountry(5)).thenReturn(Map.of("DE", List.of(rating("ana", "leadership", 4))));
        when(store.versions(5)).thenReturn(Map.of("DE", 2));

        Map<String, CountryAssessment> all = service.assessments(5, List.of("pl", "DE"));

        assertThat(all.keySet()).containsExactly("DE", "PL");
        assertThat(all.get("DE").version()).isEqualTo(2);
        assertThat(all.get("DE").ratings()).hasSize(1);
        assertThat(all.get("PL").ratings()).isEmpty();
        assertThat(all.get("PL").version()).isZero();
        verify(store, never()).ratings(anyLong(), anyString());
        assertThatThrownBy(() -> service.assessments(5, List.of("XX"))).isInstanceOf(ValidationException.class);
    }

    @Test
    void readingNeedsTheReadablePracticeAndComputesTheResult() {
        when(store.ratings(5, "DE")).thenReturn(List.of(rating("ana", "leadership", 4), rating("jan", "leadership", 2)));
        when(store.version(5, "DE")).thenReturn(3);

        CountryAssessment assessment = service.assessment(5, "de");

        assertThat(assessment.country()).isEqualTo("DE");
        assertThat(assessment.version()).isEqualTo(3);
        assertThat(assessment.set().key()).isEqualTo(ShippedCriteria.KEY);
        assertThat(assessment.result().criteria()).filteredOn(c -> c.criterionKey().equals("leadership"))
                .singleElement().satisfies(c -> {
                    assertThat(c.median()).isEqualTo(3.0);
                    assertThat(c.divergent()).isTrue();
                });
        assertThat(assessment.result().assessors()).containsExactlyInAnyOrder("ana", "jan");
    }

    @Test
    void readingPassesOnThePracticesRefusals() {
        when(practices.practice(6)).thenThrow(new AccessDeniedException("transfer.error.no-view-permission"));
        when(practices.practice(7)).thenThrow(new NotFoundException("transfer.error.practice-not-found", 7));

        assertThatThrownBy(() -> service.assessment(6, "DE")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assessments(6)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history(6, "DE")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assessment(7, "DE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInvalidCountryIsAFieldError() {
        assertThat(errors(() -> service.assessment(5, "XX")).byField().get("country").messageKey())
                .isEqualTo("transfer.validation.country");
        assertThat(service.assessment(5, "EL").country()).isEqualTo("GR");
    }

    @Test
    void everyAssessedCountryInCodeOrder() {
        when(store.ratingsByCountry(5)).thenReturn(new java.util.TreeMap<>(Map.of(
                "PL", List.of(rating("ana", "leadership", 3)), "DE", List.of(rating("jan", "curricula", 5)))));
        when(store.versions(5)).thenReturn(Map.of("DE", 2, "PL", 1));

        Map<String, CountryAssessment> all = service.assessments(5);

        assertThat(all.keySet()).containsExactly("DE", "PL");
        assertThat(all.get("DE").version()).isEqualTo(2);
        assertThat(all.get("PL").result().rated()).isEqualTo(1);
    }

    @Test
    void everyBatchStoresTheNewResultWithTheRatingsSoDashboardsNeedNotScoreRatings() {
        service.rate(5, "DE", List.of(input("leadership", "4", "Dean signed", null)), "0");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Function<List<Rating>, ResultSummary>> resultOf = ArgumentCaptor.forClass(Function.class);
        verify(store).replaceRatings(eq(5L), eq("DE"), eq("ana"), anyList(), eq(0), eq("vet-transfer"), eq(1),
                eq(NOW), resultOf.capture());
        verify(store, never()).saveSummary(any());
        ResultSummary saved = resultOf.getValue().apply(List.of(rating("ana", "leadership", 4),
                rating("jan", "leadership", 2)));
        assertThat(saved.pageId()).isEqualTo(5);
        assertThat(saved.spaceKey()).isEqualTo("VET");
        assertThat(saved.country()).isEqualTo("DE");
        assertThat(saved.score()).as("scored from every assessor's ratings the store hands back").isEqualTo(3.0);
        assertThat(saved.band()).as("one criterion of twenty is too few for a band").isEmpty();
        assertThat(saved.assessors()).isEqualTo(2);
        assertThat(saved.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void refreshingASpaceRescoresItsAssessedPracticesAndLeavesOtherSpacesAlone() {
        Practice elsewhere = new Practice(6, "EU", "Other", PracticeProfile.empty(), PracticeStatus.DRAFT, false,
                new Audit("ana", NOW, "ana", NOW, 0));
        when(store.assessedPages()).thenReturn(Set.of(5L, 6L));
        when(practices.stored(5)).thenReturn(Optional.of(PRACTICE));
        when(practices.stored(6)).thenReturn(Optional.of(elsewhere));
        when(store.ratingsByCountry(5)).thenReturn(Map.of("PL", List.of(rating("ana", "leadership", 5))));

        service.refreshSummaries("VET");

        ArgumentCaptor<ResultSummary> saved = ArgumentCaptor.forClass(ResultSummary.class);
        verify(store).saveSummary(saved.capture());
        assertThat(saved.getValue().pageId()).isEqualTo(5);
        assertThat(saved.getValue().country()).isEqualTo("PL");
        verify(store, never()).ratingsByCountry(6);
    }

    @Test
    void ratingNeedsEditPermissionInThePracticesSpace() {
        when(practices.canEdit("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.rate(5, "DE", List.of(input("leadership", "4", "Yes", null)), "0"))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.no-edit-permission"));
        verify(store, never()).replaceRatings(anyLong(), anyString(), anyString(), anyList(), anyInt(), anyString(),
                anyInt(), any(), any());
    }

    @Test
    void theCurrentUserRatesAndTheBatchIsStoredWithTheSetAndVersion() {
        service.rate(5, "de", List.of(input(" leadership ", "4", " Dean signed ", "https://example.org/a"),
                input("curricula", "na", null, null)), "2");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Rating>> stored = ArgumentCaptor.forClass(List.class);
        verify(store).replaceRatings(eq(5L), eq("DE"), eq("ana"), stored.capture(), eq(2), eq("vet-transfer"), eq(1),
                eq(NOW), any());
        assertThat(stored.getValue()).containsExactly(
                new Rating("leadership", "ana", RatingValue.score(4), "Dean signed", "https://example.org/a", NOW),
                new Rating("curricula", "ana", RatingValue.NOT_APPLICABLE, null, null, NOW));
    }

    @Test
    void everyProblemOfEveryRatingIsReportedAtOnce() {
        FieldErrors errors = errors(() -> service.rate(5, "DE", List.of(
                input("leadership", "4", "  ", null),
                input("underwater-basket-weaving", "7", "Why not", "ftp://example.org/x"),
                input(null, null, "x".repeat(4001), "no address"),
                input("leadership", "DK", null, null)), null));

        Map<String, FieldErrors.Problem> byField = errors.byField();
        assertThat(byField.get("ratings[0].rationale").messageKey()).as("a score needs a reason")
                .isEqualTo("transfer.validation.required");
        assertThat(byField.get("ratings[1].criterion").messageKey()).isEqualTo("transfer.validation.choice");
        assertThat(byField.get("ratings[1].criterion").arguments()).containsExactly("underwater-basket-weaving");
        assertThat(byField.get("ratings[1].value").messageKey()).isEqualTo("transfer.validation.choice");
        assertThat(byField.get("ratings[1].evidenceUrl").messageKey()).isEqualTo("transfer.validation.url");
        assertThat(byField.get("ratings[2].criterion").messageKey()).isEqualTo("transfer.validation.required");
        assertThat(byField.get("ratings[2].value").messageKey()).isEqualTo("transfer.validation.required");
        assertThat(byField.get("ratings[2].rationale").messageKey()).isEqualTo("transfer.validation.too-long");
        assertThat(byField.get("ratings[2].evidenceUrl").messageKey()).isEqualTo("transfer.validation.url");
        assertThat(byField.get("ratings[3].criterion").messageKey())
                .isEqualTo("transfer.validation.duplicate-criterion");
        assertThat(byField.get("version").messageKey()).isEqualTo("transfer.validation.version");
        assertThat(byField).doesNotContainKeys("ratings[0].criterion", "ratings[0].value", "ratings[3].rationale");
        verify(store, never()).replaceRatings(anyLong(), anyString(), anyString(), anyList(), anyInt(), anyString(),
                anyInt(), any(), any());
    }

    @Test
    void aRetiredCriterionIsRefusedLikeAnUnknownOne() {
        CriteriaSet set = new CriteriaSet("test", 2, "VET", List.of(new Dimension("A", 1)),
                List.of(Criterion.shipped("kept", "A"), new Criterion("old", "A", 1, true, null)),
                ScoringRules.DEFAULT);
        FieldErrors errors = new FieldErrors();

        List<Rating> valid = DefaultAssessmentService.validate(errors, set, List.of(input("old", "3", "Once", null),
                input("kept", "3", "Still", null)), "ana", NOW);

        assertThat(errors.byField().get("ratings[0].criterion").messageKey()).isEqualTo("transfer.validation.choice");
        assertThat(valid).extracting(Rating::criterionKey).containsExactly("kept");
    }

    @Test
    void notApplicableAndDontKnowNeedNoReasonButAnEvidenceLinkMustBeAWebAddress() {
        FieldErrors errors = new FieldErrors();

        List<Rating> valid = DefaultAssessmentService.validate(errors, ShippedCriteria.set(), List.of(
                input("leadership", "NA", null, null), input("curricula", "dk", "", "HTTPS://example.org/x?y=1"),
                input("routines", "2", "Ad hoc", "javascript:alert(1)")), "ana", NOW);

        assertThat(errors.byField()).containsOnlyKeys("ratings[2].evidenceUrl");
        assertThat(valid).extracting(Rating::criterionKey).containsExactly("leadership", "curricula");
    }

    @Test
    void aStaleBatchFailsWithTheCurrentAssessment() {
        when(store.replaceRatings(anyLong(), anyString(), anyString(), anyList(), anyInt(), anyString(), anyInt(),
                any(), any())).thenThrow(new StaleVersionException(List.of()));
        when(store.ratings(5, "DE")).thenReturn(List.of(rating("jan", "leadership", 2)));
        when(store.version(5, "DE")).thenReturn(4);

        assertThatThrownBy(() -> service.rate(5, "DE", List.of(input("leadership", "4", "Yes", null)), "3"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("transfer.error.stale");
                    CountryAssessment current = (CountryAssessment) e.current();
                    assertThat(current.version()).isEqualTo(4);
                    assertThat(current.ratings()).extracting(Rating::assessorKey).containsExactly("jan");
                });
    }

    @Test
    void theCriteriaSetIsTheShippedOneForAnyoneWhoMayViewTheSpace() {
        when(access.canView("VET")).thenReturn(true);

        assertThat(service.criteriaSet("VET")).isEqualTo(ShippedCriteria.set());
        assertThatThrownBy(() -> service.criteriaSet("OTHER")).isInstanceOf(AccessDeniedException.class);
        assertThat(errors(() -> service.criteriaSet(" ")).has("space")).isTrue();
    }

    private static FieldErrors errors(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("no validation error");
    }

    private static RatingInput input(String criterion, String value, String rationale, String evidenceUrl) {
        return new RatingInput(criterion, value, rationale, evidenceUrl);
    }

    private static Rating rating(String assessor, String criterion, int score) {
        return new Rating(criterion, assessor, RatingValue.score(score), "Because", null, NOW);
    }
}
