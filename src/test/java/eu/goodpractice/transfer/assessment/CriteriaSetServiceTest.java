package eu.goodpractice.transfer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.assessment.CriteriaSetInput.CriterionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.DimensionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.RulesInput;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CriteriaSetServiceTest {
    @Mock CriteriaSetStore store;
    @Mock AccessPolicy access;

    private CriteriaSetService service;

    @BeforeEach
    void setUp() {
        service = new CriteriaSetService(store, access);
        lenient().when(access.currentUserKey()).thenReturn(Optional.of("coordinator"));
        lenient().when(access.canView("VET")).thenReturn(true);
        lenient().when(access.canAdminister("VET")).thenReturn(true);
        lenient().when(store.latest(any())).thenReturn(Optional.empty());
        lenient().when(store.save(any(), anyInt())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void aSpaceWithoutCopyAssessesWithTheShippedSetAndWithItsCopyOnceItHasOne() {
        assertThat(service.read("VET")).isEqualTo(ShippedCriteria.set());
        CriteriaSet copy = service.create("VET");
        when(store.latest("VET")).thenReturn(Optional.of(copy));

        assertThat(service.read("VET")).isEqualTo(copy);
        assertThat(copy.spaceKey()).isEqualTo("VET");
        assertThat(copy.version()).as("one above the shipped version").isEqualTo(ShippedCriteria.VERSION + 1);
        assertThat(copy.criteria()).isEqualTo(ShippedCriteria.set().criteria());
        verify(store).save(copy, 0);
    }

    @Test
    void onlySpaceAdministratorsCreateOrChangeTheCopyAndViewersRead() {
        when(access.canAdminister("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.create("VET")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update("VET", input(null, null, null), "1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.read("OTHER")).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).save(any(), anyInt());
    }

    @Test
    void aSecondCopyOrAStaleVersionIsAConflictWithTheCurrentSet() {
        CriteriaSet copy = service.create("VET");
        when(store.latest("VET")).thenReturn(Optional.of(copy));

        assertThatThrownBy(() -> service.create("VET")).isInstanceOfSatisfying(StaleVersionException.class,
                e -> assertThat(e.current()).isEqualTo(copy));
        assertThatThrownBy(() -> service.update("VET", input(null, null, null), "1"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(copy));
    }

    @Test
    void retiresRewordsReweightsAndAddsCriteriaAndLeftOutOnesAreRetiredNotRemoved() {
        List<CriterionInput> criteria = ShippedCriteria.set().criteria().stream()
                .filter(c -> !c.key().equals("evaluation"))
                .map(c -> new CriterionInput(c.key(), null, null, c.key().equals("monitoring"), null))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        criteria.set(0, new CriterionInput("funding-stability", "sustainability", "2.5", false, "Is it funded?"));
        criteria.add(new CriterionInput("apprentice-voice", "usability", null, false, "Do apprentices have a say?"));

        CriteriaSet set = service.update("VET", input(List.of(new DimensionInput("framework", "3")), criteria,
                new RulesInput("4.5", null, null, "0.5", "3")), "1");

        assertThat(set.version()).isEqualTo(2);
        assertThat(set.criterion("funding-stability")).contains(
                new Criterion("funding-stability", "sustainability", 2.5, false, "Is it funded?"));
        assertThat(set.criterion("evaluation").orElseThrow().retired()).as("left out").isTrue();
        assertThat(set.criterion("monitoring").orElseThrow().retired()).isTrue();
        assertThat(set.criterion("apprentice-voice")).contains(
                new Criterion("apprentice-voice", "usability", 1.0, false, "Do apprentices have a say?"));
        assertThat(set.criteria()).hasSize(21);
        assertThat(set.dimension("framework").orElseThrow().weight()).isEqualTo(3.0);
        assertThat(set.rules()).isEqualTo(new ScoringRules(4.5, 3.0, 2.0, 0.5, 3));
        verify(store).save(set, 0);
    }

    @Test
    void reportsEveryProblemPerField() {
        List<CriterionInput> criteria = List.of(
                new CriterionInput("funding-stability", "usability", "0", false, null),
                new CriterionInput("funding-stability", null, null, false, null),
                new CriterionInput("Bad Key", "nowhere", "11", false, null),
                new CriterionInput("new-one", "usability", "x", false, " "));

        FieldErrors errors = errors(() -> service.update("VET", input(
                List.of(new DimensionInput("nowhere", "1"), new DimensionInput("usability", "-1")), criteria,
                new RulesInput("3", "3.5", null, "2", "1.5")), "1"));

        assertThat(errors.byField()).containsOnlyKeys("criteria[0].dimension", "criteria[0].weight",
                "criteria[1].key", "criteria[2].key", "criteria[2].dimension", "criteria[2].customQuestion",
                "criteria[2].weight", "criteria[3].customQuestion", "criteria[3].weight", "dimensions[0].key",
                "dimensions[1].weight", "rules.adaptationFrom", "rules.minimumCoverage", "rules.divergence");
        assertThat(errors.byField().get("criteria[0].weight").messageKey()).isEqualTo("transfer.validation.weight");
        assertThat(errors.byField().get("criteria[2].key").messageKey())
                .isEqualTo("transfer.validation.criterion-key");
        assertThat(errors.byField().get("rules.adaptationFrom").messageKey())
                .isEqualTo("transfer.validation.thresholds");
        verify(store, never()).save(any(), anyInt());
    }

    @Test
    void theListHoldsTheShippedSetAndTheCopiesOfViewableSpaces() {
        CriteriaSet vet = service.create("VET");
        CriteriaSet other = new CriteriaSet(vet.key(), 2, "OTHER", vet.dimensions(), vet.criteria(), vet.rules());
        when(store.latestCopies()).thenReturn(List.of(other, vet));

        assertThat(service.list()).containsExactly(ShippedCriteria.set(), vet);
    }

    @Test
    void aSaveThatLosesTheRaceIsAConflictWithWhatWonIt() {
        CriteriaSet winner = new CriteriaSet(ShippedCriteria.KEY, 2, "VET", ShippedCriteria.set().dimensions(),
                ShippedCriteria.set().criteria(), ScoringRules.DEFAULT);
        when(store.save(any(), eq(0))).thenThrow(new StaleVersionException(winner));
        when(store.latest("VET")).thenReturn(Optional.empty(), Optional.of(winner));

        assertThatThrownBy(() -> service.update("VET", input(null, null, null), "1"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(winner));
    }

    private static CriteriaSetInput input(List<DimensionInput> dimensions, List<CriterionInput> criteria,
                                          RulesInput rules) {
        return new CriteriaSetInput(dimensions, criteria, rules);
    }

    private static FieldErrors errors(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("no validation error");
    }
}
