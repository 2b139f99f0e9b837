package eu.goodpractice.transfer.report;

import eu.goodpractice.transfer.shared.AccessPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Assembles the partnership report. Nothing from a space the viewer may not view is counted: "all" spaces are the
 * spaces holding report data narrowed to the viewable ones, and a named space the viewer may not view is left out
 * silently, so the answer never tells whether it exists.
 */
public class PartnershipReportService {
    private final PartnershipReportStore store;
    private final AccessPolicy access;
    private final Clock clock;

    public PartnershipReportService(PartnershipReportStore store, AccessPolicy access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PartnershipReport report(ReportRequest request) {
        Set<String> spaces = viewableSpaces(request.spaceKeys());
        List<PartnerFigures> partners = spaces.isEmpty() ? List.of()
                : store.figures(spaces, request.period(), overdueOn(request.period()), clock.getZone()).stream()
                        .filter(figures -> request.partner() == null || request.partner().equals(figures.partner()))
                        .toList();
        return new PartnershipReport(request, spaces, partners, PartnerFigures.sum(null, partners));
    }

    /** Overdue "at the period's end": due on or before its last day, or before today while the period runs. */
    LocalDate overdueOn(ReportPeriod period) {
        LocalDate dayAfter = period.to().plusDays(1);
        LocalDate today = today();
        return today.isBefore(dayAfter) ? today : dayAfter;
    }

    private Set<String> viewableSpaces(Set<String> wanted) {
        Set<String> candidates = wanted.isEmpty() ? store.spaceKeys() : wanted;
        return candidates.stream().filter(access::canView).collect(Collectors.toCollection(TreeSet::new));
    }
}
