package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.practice.PracticeStatus;
import java.util.Map;

/**
 * The summary counts over every practice a filter matches (not only the page shown): practices by status and by
 * country, and assessments (practice x target country) by band, in total and per target country. The band key
 * {@value #INCOMPLETE} counts assessments that do not rate enough criteria for a band yet.
 */
public record DashboardCounts(int practices, Map<PracticeStatus, Integer> byStatus, Map<String, Integer> byCountry,
                              Map<String, Integer> byBand, Map<String, Map<String, Integer>> bandsByTargetCountry) {
    public static final String INCOMPLETE = "INCOMPLETE";

    public DashboardCounts {
        byStatus = Map.copyOf(byStatus);
        byCountry = Map.copyOf(byCountry);
        byBand = Map.copyOf(byBand);
        bandsByTargetCountry = Map.copyOf(bandsByTargetCountry);
    }

    public static DashboardCounts none() {
        return new DashboardCounts(0, Map.of(), Map.of(), Map.of(), Map.of());
    }
}
