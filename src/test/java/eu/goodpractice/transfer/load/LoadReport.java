package eu.goodpractice.transfer.load;

import java.util.Locale;
import java.util.Map;

/** The figures of a load run as a Markdown table (per kind, then the total), ready for docs/performance.md. */
final class LoadReport {
    private LoadReport() {
    }

    static String table(LoadDriver.Result result) {
        StringBuilder table = new StringBuilder(
                "| kind | requests | errors | 409 (clash) | req/s | p50 ms | p95 ms | p99 ms | max ms |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, LoadStats.Figures> kind : result.measured().figures().entrySet()) {
            row(table, kind.getKey(), kind.getValue(), result);
        }
        row(table, "**total**", result.measured().total(), result);
        return table.toString();
    }

    /** One line for the warm-up, whose figures are not in the table. */
    static String warmUp(LoadDriver.Result result) {
        LoadStats.Figures warmUp = result.warmUp().total();
        return String.format(Locale.ROOT, "warm-up: %d requests, %d errors, %d version clashes (409)",
                warmUp.requests(), warmUp.errors(), warmUp.conflicts());
    }

    private static void row(StringBuilder table, String kind, LoadStats.Figures figures, LoadDriver.Result result) {
        table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", kind,
                figures.requests(), figures.errors(), figures.conflicts(), result.perSecond(figures.requests()),
                figures.percentileMillis(50), figures.percentileMillis(95), figures.percentileMillis(99),
                figures.maxMillis()));
    }
}
