package eu.goodpractice.transfer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The permission rule of the dashboards: nothing from a space or page the viewer may not view, and no hint of it. */
@ExtendWith(MockitoExtension.class)
class DashboardServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Mock DashboardStore store;
    @Mock AccessPolicy access;
    @Mock PageDirectory pages;

    private DashboardService service;

    @BeforeEach
    void setUp() {
        service = new DashboardService(store, access, pages);
        lenient().when(access.canView("VET")).thenReturn(true);
        lenient().when(access.canView("EU")).thenReturn(true);
        lenient().when(access.canView("SECRET")).thenReturn(false);
        lenient().when(store.spaceKeys()).thenReturn(Set.of("VET", "EU", "SECRET"));
        lenient().when(store.counts(any(), any())).thenReturn(counts(2));
        lenient().when(pages.viewable(anyCollection())).thenAnswer(call -> links(call.getArgument(0)));
    }

    @Test
    void allSpacesAreTheSpacesHoldingPracticesThatTheViewerMayView() {
        DashboardResult result = service.practices(DashboardFilter.everything());

        assertThat(result.spaces()).containsExactly("EU", "VET");
        verify(store).counts(eq(Set.of("EU", "VET")), any());
        verify(store).rows(eq(Set.of("EU", "VET")), any());
    }

    @Test
    void aNamedSpaceTheViewerMayNotViewIsLeftOutSilently() {
        DashboardResult result = service.practices(filter(Set.of("VET", "SECRET")));

        assertThat(result.spaces()).containsExactly("VET");
        verify(store).counts(eq(Set.of("VET")), any());
        verify(store, never()).spaceKeys();
    }

    @Test
    void onlyForbiddenSpacesGiveAnEmptyDashboardWithoutAskingTheStore() {
        DashboardResult result = service.practices(filter(Set.of("SECRET", "UNKNOWN")));

        assertThat(result.rows().items()).isEmpty();
        assertThat(result.rows().total()).isZero();
        assertThat(result.counts().practices()).isZero();
        verify(store, never()).counts(any(), any());
        verify(store, never()).rows(any(), any());
    }

    @Test
    void aRowOnAPageTheViewerMayNotViewIsDroppedAndLeavesTheTotal() {
        when(store.rows(any(), any())).thenReturn(List.of(row(1, "Open"), row(66, "Restricted")));

        DashboardResult result = service.practices(filter(Set.of("VET")));

        assertThat(result.rows().items()).extracting(DashboardRow::title).containsExactly("Open");
        assertThat(result.rows().total()).isEqualTo(1);
        assertThat(result.links()).containsOnlyKeys(1L);
    }

    private static DashboardFilter filter(Set<String> spaces) {
        DashboardFilter all = DashboardFilter.everything();
        return new DashboardFilter(spaces, null, null, null, all.sort(), false, all.page());
    }

    private static DashboardCounts counts(int practices) {
        return new DashboardCounts(practices, Map.of(PracticeStatus.DRAFT, practices), Map.of("DE", practices),
                Map.of(), Map.of());
    }

    private static DashboardRow row(long pageId, String title) {
        return new DashboardRow(pageId, "VET", title, "School", "DE", "inclusion", PracticeStatus.DRAFT, NOW,
                List.of());
    }

    /** Page 66 is restricted from the viewer. */
    private static Map<Long, PageLink> links(Collection<Long> ids) {
        return ids.stream().filter(id -> id != 66).collect(Collectors.toMap(id -> id,
                id -> new PageLink(id, "Page " + id, "/pages/viewpage.action?pageId=" + id)));
    }
}
