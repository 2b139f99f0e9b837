package eu.goodpractice.transfer.load;

import eu.goodpractice.transfer.workbench.WorkbenchServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code ./loadtest [--clients N] [--seconds N] [--warmup N] [--port N]}: a bounded load run on loopback (issue 8,
 * point 9). Starts the workbench with fresh sample data in a temporary directory on its own port, runs
 * {@link LoadMix} with N concurrent clients (32) for the given time (60 s) after a warm-up (10 s), prints requests,
 * errors, version clashes, throughput and p50/p95/p99 latency per kind and in total, and the heap in use afterwards.
 * Exits with 1 when any request failed. Not part of {@code mvn verify}; {@code LoadSmokeTest} runs it briefly there.
 */
public final class LoadRun {
    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 32;
        int seconds = 60;
        int warmUp = 10;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--clients" -> clients = number("--clients", value, 1, 10_000);
                case "--seconds" -> seconds = number("--seconds", value, 1, 86_400);
                case "--warmup" -> warmUp = number("--warmup", value, 0, 3_600);
                case "--port" -> port = number("--port", value, 0, 65_535);
                default -> usage("Unknown option " + args[i] + ".");
            }
            i++;
        }
        Path data = Files.createTempDirectory("loadtest-workbench");
        int errors;
        try (WorkbenchServer workbench = new WorkbenchServer(data, port)) {
            // loopback by address: "localhost" may resolve to ::1 first, where the workbench does not listen
            String baseUrl = "http://127.0.0.1:" + workbench.port() + WorkbenchServer.CONTEXT;
            System.out.printf(Locale.ROOT, "Load run on %s: %d clients for %d s after %d s of warm-up (users: %s)%n",
                    baseUrl, clients, seconds, warmUp, String.join(", ", LoadDriver.USERS));
            System.out.println("started " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + machine());
            LoadDriver.Result result = new LoadDriver(baseUrl, clients)
                    .run(Duration.ofSeconds(warmUp), Duration.ofSeconds(seconds));
            System.out.println("ended " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", load average "
                    + loadAverage());
            System.out.println(LoadReport.warmUp(result));
            System.out.printf(Locale.ROOT, "measured: %.1f s%n%n", result.measuredTime().toNanos() / 1e9);
            System.out.print(LoadReport.table(result));
            System.out.println();
            System.out.println(heapAfter());
            errors = result.errors();
            List<String> samples = new java.util.ArrayList<>(result.warmUp().errorSamples());
            samples.addAll(result.measured().errorSamples());
            if (errors == 0) {
                System.out.println("No errors.");
            } else {
                System.out.println(errors + " errors; the first ones:");
                samples.forEach(sample -> System.out.println("  " + sample));
            }
        } finally {
            delete(data);
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    /** Heap in use after a full collection: what the workbench (and the small driver) hold after the run. */
    private static String heapAfter() {
        System.gc();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "heap after the run: %.1f MB in use after a full GC (committed %.1f MB, max"
                + " %.1f MB)", heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0, heap.getMax() / 1048576.0);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average " + loadAverage();
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them (Linux), else the 1 minute one. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        usage(option + " needs a number from " + min + " to " + max + (value == null ? "." : ", not \"" + value + "\"."));
        return -1;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("Usage: ./loadtest [--clients N] [--seconds N] [--warmup N] [--port N]");
        System.exit(2);
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
