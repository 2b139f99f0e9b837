package eu.goodpractice.transfer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.assessment.AssessmentStore;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class PracticeServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final PracticeQuery NO_FILTERS = new PracticeQuery(Set.of(), null, null, null, null, null);

    @Mock PracticeStore store;
    @Mock AccessPolicy access;
    @Mock PageDirectory pages;
    @Mock PracticeSettings settings;
    @Mock AssessmentStore assessments;

    private final Set<Long> viewablePages = new HashSet<>();
    private PracticeService service;

    @BeforeEach
    void setUp() {
        Vocabularies shippedOnly = (spaceKey, kind) -> kind.shippedTerms().stream()
                .map(key -> new Term(key, null, false)).toList();
        service = new PracticeService(store, access, pages, new PracticeRules(shippedOnly), settings,
                Clock.fixed(NOW, ZoneOffset.UTC), assessments);
        // the page directory answers for the pages the current user may view: those in viewablePages
        lenient().when(pages.viewable(any())).thenAnswer(call -> {
            Map<Long, PageLink> links = new LinkedHashMap<>();
            for (Long id : call.<Collection<Long>>getArgument(0)) {
                if (viewablePages.contains(id)) {
                    links.put(id, new PageLink(id, "Page " + id, "/pages/" + id));
                }
            }
            return links;
        });
        lenient().when(settings.coordinatorGroup(anyString())).thenReturn(Optional.empty());
    }

    /* listing */

    @Test
    void aListCoversOnlyTheAskedSpacesTheReaderMayView() {
        when(access.canView("VET")).thenReturn(true);
        when(access.canView("SECRET")).thenReturn(false);
        when(store.search(any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));
        PracticeQuery filters = new PracticeQuery(Set.of(), "DE", "inclusion", PracticeStatus.VALIDATED, 4, "mentor");

        service.list(Set.of("VET", "SECRET"), filters, PageRequest.firstPage());

        ArgumentCaptor<PracticeQuery> asked = ArgumentCaptor.forClass(PracticeQuery.class);
        verify(store).search(asked.capture(), eq(PageRequest.firstPage()));
        assertThat(asked.getValue())
                .isEqualTo(new PracticeQuery(Set.of("VET"), "DE", "inclusion", PracticeStatus.VALIDATED, 4, "mentor"));
    }

    @Test
    void askingOnlyForSpacesTheReaderMayNotViewIsForbidden() {
        when(access.canView("SECRET")).thenReturn(false);

        assertThatThrownBy(() -> service.list(Set.of("SECRET"), NO_FILTERS, PageRequest.firstPage()))
                .isInstanceOf(AccessDeniedException.class);
        verify(store, never()).search(any(), any());
    }

    @Test
    void withoutSpacesAListCoversEverySpaceWithPracticesTheReaderMayView() {
        when(store.spaceKeys()).thenReturn(Set.of("VET", "ADULT", "SECRET"));
        when(access.canView(anyString())).thenAnswer(call -> !"SECRET".equals(call.getArgument(0)));
        when(store.search(any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));

        Page<Practice> empty = service.list(Set.of(), NO_FILTERS, PageRequest.firstPage());
        service.list(null, NO_FILTERS, PageRequest.firstPage());

        ArgumentCaptor<PracticeQuery> asked = ArgumentCaptor.forClass(PracticeQuery.class);
        verify(store, times(2)).search(asked.capture(), any());
        assertThat(asked.getAllValues()).extracting(PracticeQuery::spaceKeys)
                .containsOnly(Set.of("VET", "ADULT"));
        assertThat(empty.total()).isZero();
    }

    @Test
    void aReaderWhoMayViewNoSpaceWithPracticesGetsAnEmptyListNotAnError() {
        when(store.spaceKeys()).thenReturn(Set.of("SECRET"));
        when(access.canView("SECRET")).thenReturn(false);
        when(store.search(any(), any())).thenReturn(new Page<>(List.of(), 0, 25, 0));

        assertThat(service.list(Set.of(), NO_FILTERS, PageRequest.firstPage()).items()).isEmpty();
    }

    @Test
    void practicesOnPagesTheReaderMayNotViewAreLeftOutAndNotCounted() {
        when(access.canView("VET")).thenReturn(true);
        PageRequest request = new PageRequest(20, 3);
        when(store.search(any(), eq(request))).thenReturn(new Page<>(List.of(practice(1, PracticeStatus.DRAFT),
                practice(2, PracticeStatus.DRAFT), practice(3, PracticeStatus.DRAFT)), 20, 3, 23));
        viewablePages.addAll(Set.of(1L, 3L));

        Page<Practice> page = service.list(Set.of("VET"), NO_FILTERS, request);

        assertThat(page.items()).extracting(Practice::pageId).containsExactly(1L, 3L);
        assertThat(page.total()).isEqualTo(22);
        assertThat(page.start()).isEqualTo(20);
        assertThat(page.limit()).isEqualTo(3);
    }

    /* reading one */

    @Test
    void aTrashedOrUnknownPracticeIsNotFoundAndARestrictedPageIsForbidden() {
        Practice trashed = new Practice(8, "VET", "Trashed", complete("en", null), PracticeStatus.DRAFT, true,
                audit());
        when(store.find(8)).thenReturn(Optional.of(trashed));
        when(store.find(404)).thenReturn(Optional.empty());
        when(store.find(5)).thenReturn(Optional.of(practice(5, PracticeStatus.DRAFT)));
        when(access.canView("VET")).thenReturn(true);

        assertThatThrownBy(() -> service.practice(8)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.practice(404)).isInstanceOf(NotFoundException.class);
        assertThat(service.find(8)).isEmpty();
        // page 5 has view restrictions the reader does not pass
        assertThatThrownBy(() -> service.practice(5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.history(5)).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).history(anyLong());

        viewablePages.add(5L);
        assertThat(service.practice(5).pageId()).isEqualTo(5);
    }

    /* transitions */

    @Test
    void anUnknownOrMissingTransitionIsABadRequestBeforeAnythingIsRead() {
        assertThatThrownBy(() -> service.transition(5, "publish", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField()
                        .get("transition").messageKey()).isEqualTo("transfer.validation.choice"));
        assertThatThrownBy(() -> service.transition(5, "  ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField()
                        .get("transition").messageKey()).isEqualTo("transfer.validation.required"));
        verifyNoInteractions(store);
    }

    @Test
    void anEditorSubmitsACompletePracticeAsThemselvesAtTheClocksTime() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        givenUser("key-ana", true, false);
        Practice submitted = practice(5, PracticeStatus.SUBMITTED);
        when(store.changeStatus(5, PracticeTransition.SUBMIT, null, "key-ana", NOW)).thenReturn(submitted);

        assertThat(service.transition(5, "submit", "  ")).isEqualTo(submitted);
    }

    @Test
    void aReaderWithoutEditPermissionCannotSubmit() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        when(access.currentUserKey()).thenReturn(Optional.of("key-reader"));
        when(access.canEdit("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.transition(5, "SUBMIT", null)).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anAnonymousVisitorNeverChangesAStatusEvenWhereTheSpaceWouldLetThem() {
        givenPractice(practice(5, PracticeStatus.SUBMITTED));
        when(access.currentUserKey()).thenReturn(Optional.empty());
        lenient().when(access.canEdit("VET")).thenReturn(true);
        lenient().when(access.canAdminister("VET")).thenReturn(true);

        assertThatThrownBy(() -> service.transition(5, "validate", null)).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anEditorWhoIsNoCoordinatorCannotValidate() {
        givenPractice(practice(5, PracticeStatus.SUBMITTED));
        givenUser("key-ana", true, false);
        when(settings.coordinatorGroup("VET")).thenReturn(Optional.of("vet-coordinators"));
        when(access.isInGroup("vet-coordinators")).thenReturn(false);

        assertThatThrownBy(() -> service.transition(5, "validate", null))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.not-coordinator"));
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aSpaceAdministratorCoordinates() {
        givenPractice(practice(5, PracticeStatus.SUBMITTED));
        givenUser("key-admin", false, true);

        service.transition(5, "validate", null);

        verify(store).changeStatus(5, PracticeTransition.VALIDATE, null, "key-admin", NOW);
    }

    @Test
    void aMemberOfTheGroupTheSpaceNamedCoordinates() {
        givenPractice(practice(5, PracticeStatus.VALIDATED));
        givenUser("key-jan", false, false);
        when(settings.coordinatorGroup("VET")).thenReturn(Optional.of("vet-coordinators"));
        when(access.isInGroup("vet-coordinators")).thenReturn(true);

        service.transition(5, "start-transfer", null);

        verify(store).changeStatus(5, PracticeTransition.START_TRANSFER, null, "key-jan", NOW);
    }

    @Test
    void aTransitionTheCurrentStatusDoesNotAllowIsAConflictCarryingThePractice() {
        Practice draft = practice(5, PracticeStatus.DRAFT);
        givenPractice(draft);
        givenUser("key-admin", true, true);

        assertThatThrownBy(() -> service.transition(5, "validate", null))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(draft));
        assertThatThrownBy(() -> service.transition(5, "reopen", null)).isInstanceOf(StaleVersionException.class);
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());
    }

    @Test
    void returningAPracticeNeedsACommentWhichIsKeptTrimmed() {
        givenPractice(practice(5, PracticeStatus.SUBMITTED));
        givenUser("key-admin", false, true);

        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> service.transition(5, "return", missing))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField()
                            .get("comment").messageKey()).isEqualTo("transfer.validation.reason"));
        }
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());

        service.transition(5, "RETURN", "  The English summary is missing.  ");

        verify(store).changeStatus(5, PracticeTransition.RETURN, "The English summary is missing.", "key-admin", NOW);
    }

    @Test
    void anIncompletePracticeCannotBeSubmittedAndTheMissingFieldsAreNamed() {
        PracticeProfile german = complete("de", null);
        givenPractice(new Practice(5, "VET", "Praxis", german, PracticeStatus.DRAFT, false, audit()));
        givenUser("key-ana", true, false);

        assertThatThrownBy(() -> service.transition(5, "submit", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().byField()).containsOnlyKeys("englishSummary"));

        givenPractice(new Practice(6, "VET", "Empty", PracticeProfile.empty(), PracticeStatus.DRAFT, false, audit()));
        assertThatThrownBy(() -> service.transition(6, "submit", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField())
                        .containsKeys("summary", "institution", "country", "theme", "targetGroups", "language"));
        verify(store, never()).changeStatus(anyLong(), any(), any(), any(), any());
    }

    @Test
    void offersEachUserOnlyTheTransitionsTheirRoleAndTheStatusAllow() {
        when(access.currentUserKey()).thenReturn(Optional.of("key-ana"));
        when(access.canEdit("VET")).thenReturn(true);
        when(access.canAdminister("VET")).thenReturn(false);

        assertThat(service.availableTransitions(practice(5, PracticeStatus.DRAFT)))
                .containsExactly(PracticeTransition.SUBMIT);
        assertThat(service.availableTransitions(practice(5, PracticeStatus.SUBMITTED))).isEmpty();

        when(access.canAdminister("VET")).thenReturn(true);
        assertThat(service.availableTransitions(practice(5, PracticeStatus.SUBMITTED))).containsExactly(
                PracticeTransition.VALIDATE, PracticeTransition.RETURN, PracticeTransition.ARCHIVE);
        assertThat(service.availableTransitions(practice(5, PracticeStatus.ARCHIVED)))
                .containsExactly(PracticeTransition.REOPEN);
    }

    /* the profile */

    @Test
    void aProfileUpdateNeedsTheVersionTheEditorRead() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        givenUser("key-ana", true, false);

        assertThatThrownBy(() -> service.updateProfile(5, input(null).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().has("version")).isTrue());
        assertThatThrownBy(() -> service.updateProfile(5, input("-1").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().has("version")).isTrue());
        verify(store, never()).updateProfile(anyLong(), anyInt(), any(), any(), any());
    }

    @Test
    void aProfileUpdateIsValidatedAndStoredWithTheVersionActorAndTime() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        givenUser("key-ana", true, false);

        service.updateProfile(5, input("3").summary(" New summary ").country("at").eqfLevels("5").build());

        ArgumentCaptor<PracticeProfile> stored = ArgumentCaptor.forClass(PracticeProfile.class);
        verify(store).updateProfile(eq(5L), eq(3), stored.capture(), eq("key-ana"), eq(NOW));
        assertThat(stored.getValue().summary()).isEqualTo("New summary");
        assertThat(stored.getValue().country()).isEqualTo("AT");
        assertThat(stored.getValue().eqfLevels()).containsExactly(5);
    }

    @Test
    void aProfileUpdateWithBadValuesNamesThemWithAMissingVersionAndStoresNothing() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        givenUser("key-ana", true, false);

        assertThatThrownBy(() -> service.updateProfile(5, input(null).eqfLevels("9").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().byField()).containsOnlyKeys("version", "eqfLevels"));
        verify(store, never()).updateProfile(anyLong(), anyInt(), any(), any(), any());
    }

    @Test
    void aReaderCannotUpdateTheProfile() {
        givenPractice(practice(5, PracticeStatus.DRAFT));
        givenUser("key-reader", false, false);

        assertThatThrownBy(() -> service.updateProfile(5, input("0").build())).isInstanceOf(AccessDeniedException.class);
        verify(store, never()).updateProfile(anyLong(), anyInt(), any(), any(), any());
    }

    /* following the page */

    @Test
    void registeringAPageWithInvalidMacroValuesStoresAnEmptyProfileInsteadOfFailing() {
        when(access.currentUserKey()).thenReturn(Optional.of("key-ana"));

        service.register(5, "VET", "Practice", input(null).summary("Kept?").country("Atlantis").eqfLevels("12")
                .build());

        verify(store).register(5, "VET", "Practice", PracticeProfile.empty(), "key-ana", NOW);
    }

    @Test
    void registeringAPageWithValidMacroValuesStoresThem() {
        when(access.currentUserKey()).thenReturn(Optional.empty());

        service.register(5, "VET", "Practice", input(null).summary("Peer mentoring").country("el").theme("inclusion")
                .build());

        ArgumentCaptor<PracticeProfile> stored = ArgumentCaptor.forClass(PracticeProfile.class);
        // page events without a logged-in user (imports, jobs) are registered by the system
        verify(store).register(eq(5L), eq("VET"), eq("Practice"), stored.capture(), eq("system"), eq(NOW));
        assertThat(stored.getValue().summary()).isEqualTo("Peer mentoring");
        assertThat(stored.getValue().country()).isEqualTo("GR");
        assertThat(stored.getValue().theme()).isEqualTo("inclusion");
    }

    @Test
    void pageEventsReachTheStore() {
        service.pageChanged(5, "ADULT", "Renamed");
        service.pageTrashed(5);
        service.pageRestored(5);
        service.pagePurged(5);

        verify(store).followPage(5, "ADULT", "Renamed");
        verify(store).setTrashed(5, true);
        verify(store).setTrashed(5, false);
        verify(store).purge(5);
    }

    @Test
    void aTrashedPracticeKeepsItsAssessmentsAndAPurgedOneTakesThemAlong() {
        service.pageTrashed(5);
        service.pageRestored(5);
        verifyNoInteractions(assessments);

        service.pagePurged(5);

        verify(assessments).purge(5);
    }

    /* coordinators */

    @Test
    void onlySpaceAdministratorsNameTheCoordinatorGroup() {
        when(access.canAdminister("VET")).thenReturn(false);

        assertThatThrownBy(() -> service.setCoordinatorGroup("VET", "vet-coordinators"))
                .isInstanceOf(AccessDeniedException.class);
        verify(settings, never()).setCoordinatorGroup(any(), any());

        when(access.canAdminister("VET")).thenReturn(true);
        service.setCoordinatorGroup("VET", "  vet-coordinators ");
        service.setCoordinatorGroup("VET", "  ");
        verify(settings).setCoordinatorGroup("VET", "vet-coordinators");
        verify(settings).setCoordinatorGroup("VET", null);
    }

    /* helpers */

    private void givenPractice(Practice practice) {
        when(store.find(practice.pageId())).thenReturn(Optional.of(practice));
        lenient().when(access.canView(practice.spaceKey())).thenReturn(true);
        viewablePages.add(practice.pageId());
    }

    private void givenUser(String key, boolean canEdit, boolean canAdminister) {
        lenient().when(access.currentUserKey()).thenReturn(Optional.of(key));
        lenient().when(access.canEdit("VET")).thenReturn(canEdit);
        lenient().when(access.canAdminister("VET")).thenReturn(canAdminister);
    }

    private static Practice practice(long pageId, PracticeStatus status) {
        return new Practice(pageId, "VET", "Practice " + pageId, complete("en", null), status, false, audit());
    }

    private static PracticeProfile complete(String language, String englishSummary) {
        return new PracticeProfile("Summary", "Lyceum", "GR", null, "inclusion", List.of("apprentices"),
                new TreeSet<>(Set.of(4)), null, null, null, null, false, language, englishSummary);
    }

    private static Audit audit() {
        return new Audit("key-ana", NOW, "key-ana", NOW, 0);
    }

    private static PracticeRulesTest.Input input(String version) {
        return new PracticeRulesTest.Input().version(version);
    }
}
