package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.practice.PracticeStatus;
import java.time.Instant;
import java.util.List;

/** One practice in a dashboard: its registry facts and its stored result per target country, in country order. */
public record DashboardRow(long pageId, String spaceKey, String title, String institution, String country,
                           String theme, PracticeStatus status, Instant updatedAt, List<ResultSummary> readiness) {
    public DashboardRow {
        readiness = List.copyOf(readiness);
    }

    /** The mean score of the countries with a band, or null when none has one. */
    public Double meanScore() {
        return readiness.stream().filter(r -> r.band().isPresent()).mapToDouble(ResultSummary::score).average()
                .stream().boxed().findFirst().map(mean -> Math.round(mean * 10) / 10.0).orElse(null);
    }

    /** How many target countries have a band. */
    public int bandedCountries() {
        return (int) readiness.stream().filter(r -> r.band().isPresent()).count();
    }
}
