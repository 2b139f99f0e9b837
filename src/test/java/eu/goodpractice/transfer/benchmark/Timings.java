package eu.goodpractice.transfer.benchmark;

import java.util.Arrays;

/** Wall-clock times of repeated runs in milliseconds, with their median and 95th percentile (nearest rank). */
final class Timings {
    private static final int WARM_UP_RUNS = 10;

    /** One run of what is measured; its result is kept so the JIT cannot drop the work. */
    @FunctionalInterface
    interface Action {
        long run() throws Exception;
    }

    final double[] millis;

    private Timings(double[] millis) {
        this.millis = millis.clone();
        Arrays.sort(this.millis);
    }

    static void warmUp(Action... actions) throws Exception {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (Action action : actions) {
                action.run();
            }
        }
    }

    static Timings measure(int runs, Action action) throws Exception {
        double[] millis = new double[runs];
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Timings(millis);
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    private double percentile(int p) {
        int rank = (int) Math.ceil(p / 100.0 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }
}
