package eu.goodpractice.transfer.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link LoadMix} against a running workbench with a fixed number of concurrent clients (one thread each),
 * first for a warm-up whose figures are kept apart, then for the measured time. Every client logs in as one of
 * several users in turn and finishes at least one whole cycle, so every kind of request is sent even in a very short
 * run; when the time is up each finishes the scenario it is in (a write scenario cleans up after itself).
 */
final class LoadDriver {
    /** Who the clients are, in turn: the coordinator, partner editors and a reader who only reads. */
    static final List<String> USERS = List.of("coordinator", "editor-de", "viewer", "editor-fr", "editor-it",
            "editor-es", "editor-pl", "editor-nl", "editor-fi");
    private static final String READER = "viewer";

    /** The figures of both phases, with how long the measured phase really took. */
    record Result(int clients, LoadStats warmUp, LoadStats measured, Duration measuredTime) {
        int errors() {
            return warmUp.total().errors() + measured.total().errors();
        }

        double perSecond(int requests) {
            return requests / (measuredTime.toNanos() / 1e9);
        }
    }

    private final String baseUrl;
    private final int clients;

    LoadDriver(String baseUrl, int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("At least one client");
        }
        this.baseUrl = baseUrl;
        this.clients = clients;
    }

    Result run(Duration warmUp, Duration measured) throws InterruptedException {
        LoadFixture fixture = LoadFixture.prepare(baseUrl);
        LoadStats warmUpStats = new LoadStats();
        LoadStats measuredStats = new LoadStats();
        AtomicReference<LoadStats> current = new AtomicReference<>(warmUpStats);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                task -> new Thread(task, "load-client-" + names.incrementAndGet()));
        List<Future<?>> running = new ArrayList<>();
        for (int number = 0; number < clients; number++) {
            int n = number;
            running.add(pool.submit(() -> runClient(n, fixture, current, stop)));
        }
        Thread.sleep(warmUp.toMillis());
        current.set(measuredStats);
        long start = System.nanoTime();
        Thread.sleep(measured.toMillis());
        stop.set(true);
        pool.shutdown();
        long patience = LoadClient.REQUEST_TIMEOUT.toSeconds() * LoadMix.CYCLE.size() + 60;
        if (!pool.awaitTermination(patience, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            measuredStats.error("client", 0, "clients still busy " + patience + " s after the end");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (Future<?> client : running) {
            try {
                client.get();
            } catch (java.util.concurrent.ExecutionException e) {
                measuredStats.error("client", 0, "a client failed: " + e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                // counted above
            }
        }
        return new Result(clients, warmUpStats, measuredStats, took);
    }

    private void runClient(int number, LoadFixture fixture, AtomicReference<LoadStats> stats, AtomicBoolean stop) {
        String user = USERS.get(number % USERS.size());
        LoadClient client = new LoadClient(baseUrl, user, stats::get);
        client.logIn(); // the cycle logs in again at its start; a client begins elsewhere in it
        int offset = number * 7 % LoadMix.CYCLE.size(); // so that all kinds of requests run at once
        for (int round = 0; round == 0 || !stop.get(); round++) {
            for (int i = 0; i < LoadMix.CYCLE.size() && (round == 0 || !stop.get()); i++) {
                LoadMix.Scenario scenario = LoadMix.CYCLE.get((offset + i) % LoadMix.CYCLE.size());
                if (scenario.writes() && READER.equals(user)) {
                    continue;
                }
                try {
                    scenario.action().accept(new LoadMix.Turn(client, fixture, number, round));
                } catch (RuntimeException e) {
                    stats.get().error(scenario.name(), 0, "the client could not read a reply: " + e);
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    }
}
