package eu.goodpractice.transfer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report's permissions, partner filter, totals, period rules and what "overdue at the period's end" means. */
class PartnershipReportServiceTest {
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    private final PartnershipReportStore store = mock(PartnershipReportStore.class);
    private final AccessPolicy access = mock(AccessPolicy.class);
    private final PartnershipReportService service = new PartnershipReportService(store, access, NOVEMBER);

    @Test
    void countsOnlyViewableSpacesAndAsksNothingWhenNoneIsLeft() {
        when(store.spaceKeys()).thenReturn(Set.of("VET", "SECRET"));
        when(access.canView("VET")).thenReturn(true);
        when(store.figures(eq(Set.of("VET")), any(), any(), any())).thenReturn(List.of(
                figures("DE", 2, 100), figures("PL", 1, 30)));

        PartnershipReport report = service.report(ReportRequest.parse(null, null, null, null, service.today()));

        assertThat(report.spaces()).containsExactly("VET");
        assertThat(report.partners()).extracting(PartnerFigures::partner).containsExactly("DE", "PL");
        assertThat(report.totals().practices()).isEqualTo(3);
        assertThat(report.totals().reach()).isEqualTo(130);
        assertThat(report.period()).isEqualTo(new ReportPeriod(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31")));

        PartnershipReport secret = service.report(ReportRequest.parse("SECRET", null, null, null, service.today()));
        assertThat(secret.partners()).isEmpty();
        verify(store, never()).figures(eq(Set.of("SECRET")), any(), any(), any());
    }

    @Test
    void aPartnerNarrowsTheReportAndItsTotals() {
        when(access.canView("VET")).thenReturn(true);
        when(store.figures(any(), any(), any(), any())).thenReturn(List.of(figures("DE", 2, 100),
                figures("PL", 1, 30)));

        PartnershipReport report = service.report(ReportRequest.parse("VET", "pl", null, null, service.today()));

        assertThat(report.partners()).extracting(PartnerFigures::partner).containsExactly("PL");
        assertThat(report.totals().reach()).isEqualTo(30);
    }

    @Test
    void overdueMeansDueBeforeTodayWhileThePeriodRunsAndByItsLastDayAfter() {
        assertThat(service.overdueOn(ReportPeriod.yearOf(service.today()))).isEqualTo(LocalDate.parse("2026-11-29"));
        assertThat(service.overdueOn(new ReportPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"))))
                .isEqualTo(LocalDate.parse("2026-01-01"));
    }

    @Test
    void periodsAreCheckedPerParameter() {
        assertThatThrownBy(() -> ReportRequest.parse(null, "ZZ", "2026-02-30", "2026-01-01", service.today()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField().keySet())
                        .containsExactlyInAnyOrder("partner", "from"));
        assertThatThrownBy(() -> ReportRequest.parse(null, null, "2026-06-02", "2026-06-01", service.today()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField().keySet())
                        .containsExactly("to"));
        ReportRequest oneDay = ReportRequest.parse("all", null, "2026-06-01", "2026-06-01", service.today());
        assertThat(oneDay.period().contains(LocalDate.parse("2026-06-01"))).isTrue();
        assertThat(oneDay.spaceKeys()).isEmpty();
    }

    private static PartnerFigures figures(String partner, int drafts, long reach) {
        return new PartnerFigures(partner, Map.of(PracticeStatus.DRAFT, drafts), 0, 0, 0, 0, 0, List.of(),
                List.of(new DisseminationTotal(DisseminationType.FAIR, partner, 1, reach)));
    }
}
