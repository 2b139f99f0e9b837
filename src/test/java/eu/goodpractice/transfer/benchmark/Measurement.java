package eu.goodpractice.transfer.benchmark;

import java.util.List;
import java.util.Locale;

/** The figures of one database at one size, and the table they are printed in. */
final class Measurement {
    final String database;
    final int practices;
    final long ratings;
    final int steps;
    final double seedSeconds;
    Timings dashboard;
    Timings matrix;
    Timings service;
    Timings floor;
    int dashboardStatements;
    int matrixStatements;
    int floorStatements;
    HeapWatch.Result export;
    int exportRows;

    Measurement(String database, int practices, long ratings, int steps, double seedSeconds) {
        this.database = database;
        this.practices = practices;
        this.ratings = ratings;
        this.steps = steps;
        this.seedSeconds = seedSeconds;
    }

    String line() {
        return String.format(Locale.ROOT, "   service p50 %.1f ms p95 %.1f ms; dashboard p50 %.1f ms p95 %.1f ms (%d statements); matrix p50 %.1f ms p95 %.1f ms"
                        + " (%d statements); plain SQL floor p50 %.1f ms p95 %.1f ms; XLSX export of %,d rows %.0f ms,"
                        + " live heap growth %.1f MB (after GC %.1f MB, sampled %.1f MB, %d collections)",
                service.p50(), service.p95(), dashboard.p50(), dashboard.p95(), dashboardStatements, matrix.p50(), matrix.p95(), matrixStatements,
                floor.p50(), floor.p95(), exportRows, export.medianMillis(), export.livePeakMb(),
                export.afterGcPeakMb(), export.sampledPeakMb(), export.collections());
    }

    static String table(List<Measurement> all) {
        StringBuilder table = new StringBuilder();
        table.append("| database | practices | ratings | steps | seeding | service p50 / p95 | dashboard p50 / p95 | statements"
                + " | floor p50 / p95 | dashboard ÷ floor (p95) | matrix p50 / p95 | statements"
                + " | XLSX export (rows) | live heap growth | heap after GC / sampled |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measurement m : all) {
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.0f s | %.1f / %.1f ms | %.1f / %.1f ms | %d | %.1f / %.1f ms"
                            + " | %.2f | %.1f / %.1f ms | %d | %.2f s (%,d) | %.1f MB | %.1f / %.1f MB |\n",
                    m.database, m.practices, m.ratings, m.steps, m.seedSeconds, m.service.p50(), m.service.p95(), m.dashboard.p50(), m.dashboard.p95(),
                    m.dashboardStatements, m.floor.p50(), m.floor.p95(), m.dashboard.p95() / m.floor.p95(),
                    m.matrix.p50(), m.matrix.p95(), m.matrixStatements, m.export.medianMillis() / 1000, m.exportRows,
                    m.export.livePeakMb(), m.export.afterGcPeakMb(), m.export.sampledPeakMb()));
        }
        return table.toString();
    }
}
