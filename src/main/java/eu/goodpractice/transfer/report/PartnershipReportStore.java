package eu.goodpractice.transfer.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The report's read side over the registry, assessment results, action plans, stakeholders, engagements and
 * dissemination. One call costs a fixed number of statements, however many rows there are. {@code spaces} are
 * already narrowed to those the viewer may view and are never empty.
 */
public interface PartnershipReportStore {
    /** The spaces holding anything the report counts. */
    Set<String> spaceKeys();

    /**
     * Every partner's figures in the spaces for the period, by country code ({@link PartnerFigures#NO_COUNTRY}
     * last). {@code overdueOn}: a step still open and due before this day is overdue. {@code zone}: where the
     * day of a stored moment (creation, last change) is read.
     */
    List<PartnerFigures> figures(Set<String> spaces, ReportPeriod period, LocalDate overdueOn, ZoneId zone);
}
