package eu.goodpractice.transfer.report;

import java.util.List;
import java.util.Set;

/**
 * The partnership report: for the spaces the viewer may view and the period, every partner's figures (by country
 * code, {@link PartnerFigures#NO_COUNTRY} last) and their sum.
 */
public record PartnershipReport(ReportRequest request, Set<String> spaces, List<PartnerFigures> partners,
                                PartnerFigures totals) {
    public PartnershipReport {
        spaces = Set.copyOf(spaces);
        partners = List.copyOf(partners);
    }

    public ReportPeriod period() {
        return request.period();
    }
}
