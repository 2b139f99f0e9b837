package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.Audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ActionPlanServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final ActionPlan PLAN = new ActionPlan(5, "VET", "Lyceum", "GR", "key-ana",
            new Audit("key-ana", NOW, "key-ana", NOW, 0));

    @Mock ActionPlanStore store;
    @Mock AccessPolicy access;
    @Mock UserDirectory users;
    @Mock PageDirectory pages;

    private ActionPlanService service;

    @BeforeEach
    void setUp() {
        service = new ActionPlanService(store, access, new PlanRules(users), new StepRules(users, pages),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void stepsOnAPracticesBarriersComeGroupedByCriterionWithTheirPlanAndNotForOutsiders() {
        ActionStep funding = new ActionStep(1, 5, 0, "Fund", null, null, null, StepStatus.DONE, StepPriority.HIGH,
                7L, "funding-stability", List.of(), null, null);
        ActionStep evidence = new ActionStep(2, 5, 1, "Study", null, null, null, StepStatus.BLOCKED,
                StepPriority.LOW, 7L, "evidence", List.of(), null, null);
        when(access.canView("VET")).thenReturn(true);
        when(store.plansInSpace(eq("VET"), any())).thenReturn(new eu.goodpractice.transfer.shared.Page<>(
                List.of(PLAN), 0, 100, 1));
        when(store.stepsOnCriteria(eq(7L), any())).thenReturn(List.of(funding, evidence));

        var byCriterion = service.stepsOnCriteria("VET", 7L);

        assertThat(byCriterion.keySet()).containsExactly("funding-stability", "evidence");
        assertThat(byCriterion.get("evidence")).containsExactly(new ActionPlanService.LinkedStep(PLAN, evidence));
        when(access.canView("SECRET")).thenReturn(false);
        assertThat(service.stepsOnCriteria("SECRET", 7L)).isEmpty();
    }

    @Test
    void aViewerCannotChangeAPlanAndNothingIsStored() {
        when(store.findPlan(5)).thenReturn(Optional.of(PLAN));
        when(access.currentUserKey()).thenReturn(Optional.of("key-viewer"));
        when(access.canEdit("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.createStep(5, step("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reorder(5, List.of(1))).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).createStep(anyInt(), any(), any(), any());
        verify(store, never()).reorder(anyInt(), any());
    }

    @Test
    void anonymousVisitorsNeverWriteEvenWhereTheSpaceWouldLetThem() {
        when(access.currentUserKey()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.createPlan(new PlanInput("VET", "X", "DE", "ana", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store);
    }

    @Test
    void forbiddenComesBeforeValidationSoStrangersLearnNothing() {
        when(access.currentUserKey()).thenReturn(Optional.of("key-outsider"));
        when(access.canEdit("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.createPlan(new PlanInput("VET", "", "??", "", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stepsAreStoredWithTheActorAndTheClocksTime() {
        when(store.findPlan(5)).thenReturn(Optional.of(PLAN));
        when(access.currentUserKey()).thenReturn(Optional.of("key-ana"));
        when(access.canEdit("VET")).thenReturn(true);

        service.createStep(5, step("Pilot the module"));

        verify(store).createStep(eq(5), any(StepDraft.class), eq("key-ana"), eq(NOW));
    }

    @Test
    void anUpdateWithoutVersionIsRejectedBeforeTouchingStorage() {
        when(store.findPlan(5)).thenReturn(Optional.of(PLAN));
        when(store.findStep(5, 9)).thenReturn(Optional.of(new ActionStep(9, 5, 0, "t", null, null, null,
                StepStatus.NOT_STARTED, StepPriority.LOW, null, List.of(), null, PLAN.audit())));
        when(access.currentUserKey()).thenReturn(Optional.of("key-ana"));
        when(access.canEdit("VET")).thenReturn(true);

        assertThatThrownBy(() -> service.updateStep(5, 9, step("new title")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().has("version")).isTrue());
        verify(store, never()).updateStep(anyInt(), anyInt(), anyInt(), any(), any(), any());
    }

    @Test
    void readingAnUnknownPlanIsNotFoundAndAForeignSpaceIsForbidden() {
        when(store.findPlan(404)).thenReturn(Optional.empty());
        when(store.findPlan(5)).thenReturn(Optional.of(PLAN));
        when(access.canView("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.plan(404)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.plan(5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecondPlanForTheSameInstitutionIsRefused() {
        when(access.currentUserKey()).thenReturn(Optional.of("key-ana"));
        when(access.canEdit("VET")).thenReturn(true);
        when(users.byUsername("ana")).thenReturn(Optional.of(new Person("key-ana", "ana", "Ana")));
        when(store.findPlan("VET", "lyceum")).thenReturn(Optional.of(PLAN));

        assertThatThrownBy(() -> service.createPlan(new PlanInput("VET", "lyceum", "GR", "ana", null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().has("institution")).isTrue());
        verify(store, never()).createPlan(any(), any(), any());
    }

    private static StepInput step(String title) {
        return new StepInput(title, null, null, null, null, null, null, List.of(), null, null, null);
    }
}
