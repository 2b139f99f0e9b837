package eu.goodpractice.transfer.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients of one phase (warm-up or the measured run) saw, per kind of request: how many, how many were
 * errors, how many ended in an expected version clash (409), and every latency. Shared by all clients, so it locks
 * per kind; a few hundred requests a second do not notice.
 */
final class LoadStats {
    /** How many error descriptions are kept to print; the count is always complete. */
    private static final int KEPT_ERRORS = 20;

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    void ok(String kind, long nanos) {
        kind(kind).add(nanos, Outcome.OK);
    }

    void conflict(String kind, long nanos) {
        kind(kind).add(nanos, Outcome.CONFLICT);
    }

    void error(String kind, long nanos, String description) {
        kind(kind).add(nanos, Outcome.ERROR);
        synchronized (errorSamples) {
            if (errorSamples.size() < KEPT_ERRORS) {
                errorSamples.add(kind + ": " + description);
            }
        }
    }

    /** Per kind, sorted by name, with latencies sorted for percentiles. */
    Map<String, Figures> figures() {
        Map<String, Figures> figures = new TreeMap<>();
        kinds.forEach((name, kind) -> figures.put(name, kind.figures()));
        return figures;
    }

    /** All kinds together. */
    Figures total() {
        return Figures.merge(figures().values());
    }

    List<String> errorSamples() {
        synchronized (errorSamples) {
            return List.copyOf(errorSamples);
        }
    }

    private Kind kind(String name) {
        return kinds.computeIfAbsent(name, n -> new Kind());
    }

    private enum Outcome { OK, CONFLICT, ERROR }

    private static final class Kind {
        private long[] nanos = new long[1024];
        private int count;
        private int errors;
        private int conflicts;

        synchronized void add(long latency, Outcome outcome) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
            if (outcome == Outcome.ERROR) {
                errors++;
            } else if (outcome == Outcome.CONFLICT) {
                conflicts++;
            }
        }

        synchronized Figures figures() {
            return new Figures(Arrays.copyOf(nanos, count), errors, conflicts);
        }
    }

    /** Requests, errors, expected 409s and sorted latencies (nanoseconds) of one kind or of all. */
    static final class Figures {
        private final long[] sorted;
        private final int errors;
        private final int conflicts;

        Figures(long[] latencies, int errors, int conflicts) {
            this.sorted = latencies.clone();
            Arrays.sort(this.sorted);
            this.errors = errors;
            this.conflicts = conflicts;
        }

        static Figures merge(Iterable<Figures> parts) {
            int size = 0;
            int errors = 0;
            int conflicts = 0;
            for (Figures part : parts) {
                size += part.sorted.length;
                errors += part.errors;
                conflicts += part.conflicts;
            }
            long[] all = new long[size];
            int at = 0;
            for (Figures part : parts) {
                System.arraycopy(part.sorted, 0, all, at, part.sorted.length);
                at += part.sorted.length;
            }
            return new Figures(all, errors, conflicts);
        }

        int requests() {
            return sorted.length;
        }

        int errors() {
            return errors;
        }

        int conflicts() {
            return conflicts;
        }

        /** Nearest-rank percentile in milliseconds (0 without requests). */
        double percentileMillis(double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        double maxMillis() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        }
    }
}
