package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench as its own JVM, killed with SIGKILL in the middle of a burst of REST writes (new steps, edits of one
 * step, ratings batches), then started again on the same data: every write that was acknowledged with 2xx is there,
 * and nothing is half-written — each stored step and each stored ratings batch is exactly one of the writes that
 * were sent, whole, and the history holds exactly the stored batches' changes. This is what makes the workbench's
 * H2 database durable for acknowledged writes (see docs/workbench.md).
 */
class WorkbenchCrashTest {
    private static final Path DATA = Path.of("target", "crash-test-workbench");
    private static final String REST = "/confluence/rest/practice-transfer/1.0";
    private static final String PLAN = REST + "/plans/1";
    private static final String RATINGS = REST + "/practices/1101/assessments/FI";
    private static final List<String> CRITERIA = List.of("funding-stability", "leadership", "curricula");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process workbench;
    private int port;

    @AfterEach
    void stopWorkbench() throws Exception {
        if (workbench != null && workbench.isAlive()) {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndNothingIsHalfWritten() throws Exception {
        delete(DATA);
        start();
        JsonObject edited = call("POST", PLAN + "/steps", "{\"title\":\"edited under fire\"}").json();
        int editedId = edited.getInt("id", -1);

        Map<String, Integer> createdAcked = new ConcurrentHashMap<>(); // title -> id
        Map<Integer, String> editsSent = new ConcurrentHashMap<>();    // version the edit makes -> title
        AtomicInteger lastEditAcked = new AtomicInteger();
        Map<Integer, Integer> batchesSent = new ConcurrentHashMap<>(); // version the batch makes -> batch number
        AtomicInteger lastBatchAcked = new AtomicInteger();
        AtomicBoolean up = new AtomicBoolean(true);
        AtomicInteger acknowledged = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int creator = 0; creator < 2; creator++) {
            int c = creator;
            running.add(clients.submit(() -> {
                for (int i = 0; up.get(); i++) {
                    String title = "created " + c + "-" + i;
                    Reply reply = callQuietly("POST", PLAN + "/steps", Json.object().add("title", title).toString());
                    if (reply != null && reply.status == 201) {
                        createdAcked.put(title, reply.json().getInt("id", -1));
                        acknowledged.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        running.add(clients.submit(() -> {
            for (int version = 0; up.get(); ) {
                String title = "edit " + (version + 1);
                editsSent.put(version + 1, title);
                Reply reply = callQuietly("PUT", PLAN + "/steps/" + editedId, Json.object().add("title", title)
                        .add("description", title + " described").add("version", version).toString());
                if (reply != null && reply.status == 200) {
                    version = reply.json().getInt("version", -1);
                    lastEditAcked.set(version);
                    acknowledged.incrementAndGet();
                }
            }
            return null;
        }));
        running.add(clients.submit(() -> {
            for (int version = 0; up.get(); ) {
                // the batch is named by the version it makes, so a resend after the kill (reply lost, write
                // perhaps stored) carries the same ratings as the first try, like the step edits above
                int batch = version + 1;
                batchesSent.put(version + 1, batch);
                Reply reply = callQuietly("PUT", RATINGS + "/ratings", batch(version, batch));
                if (reply != null && reply.status == 200) {
                    version = reply.json().getInt("version", -1);
                    lastBatchAcked.set(version);
                    acknowledged.incrementAndGet();
                }
            }
            return null;
        }));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledged.get() < 60 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        workbench.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close of the database
        workbench.waitFor(10, TimeUnit.SECONDS);
        up.set(false);
        for (Future<?> client : running) {
            client.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(acknowledged.get()).as("writes were acknowledged before the kill").isGreaterThan(10);

        start();

        JsonArray steps = call("GET", PLAN + "/steps?limit=200", null).json().get("results").asArray();
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        for (JsonValue step : steps) {
            stored.put(step.asObject().getString("title", ""), step.asObject().getInt("id", -1));
        }
        Map<String, Integer> lost = new java.util.TreeMap<>(createdAcked);
        lost.keySet().removeAll(stored.keySet());
        assertThat(lost).as("acknowledged new steps missing after the restart (of %d)", createdAcked.size()).isEmpty();
        assertThat(stored).as("every acknowledged new step is there").containsAllEntriesOf(createdAcked);

        JsonObject step = call("GET", PLAN + "/steps/" + editedId, null).json();
        int stepVersion = step.getInt("version", -1);
        assertThat(stepVersion).as("the last acknowledged edit is there").isGreaterThanOrEqualTo(lastEditAcked.get());
        assertThat(step.getString("title", null)).as("the step is one whole edit").isEqualTo(editsSent.get(stepVersion));
        assertThat(step.getString("description", null)).isEqualTo(editsSent.get(stepVersion) + " described");

        JsonObject assessment = call("GET", RATINGS, null).json();
        int ratingsVersion = assessment.getInt("version", -1);
        assertThat(ratingsVersion).as("the last acknowledged batch is there")
                .isGreaterThanOrEqualTo(lastBatchAcked.get());
        List<String> rationales = new ArrayList<>();
        for (JsonValue rating : assessment.get("ratings").asArray()) {
            if (byAdmin(rating)) {
                rationales.add(rating.asObject().getString("rationale", ""));
            }
        }
        int batch = batchesSent.get(ratingsVersion);
        assertThat(rationales).as("the ratings are one whole batch")
                .containsExactlyInAnyOrderElementsOf(CRITERIA.stream().map(c -> rationale(c, batch)).toList());
        JsonArray history = Json.parse(call("GET", RATINGS + "/history", null).body()).asArray();
        assertThat(history.values().stream().filter(WorkbenchCrashTest::byAdmin).count())
                .as("the history holds the stored batches' changes, no more, no less")
                .isEqualTo(ratingsVersion * (long) CRITERIA.size());
    }

    private static boolean byAdmin(JsonValue rating) {
        return "admin".equals(rating.asObject().get("assessor").asObject().getString("username", null));
    }

    private static String batch(int version, int batch) {
        JsonArray ratings = new JsonArray();
        for (int c = 0; c < CRITERIA.size(); c++) {
            ratings.add(Json.object().add("criterion", CRITERIA.get(c)).add("value", String.valueOf(1 + (batch + c) % 5))
                    .add("rationale", rationale(CRITERIA.get(c), batch)));
        }
        return Json.object().add("version", version).add("ratings", ratings).toString();
    }

    private static String rationale(String criterion, int batch) {
        return criterion + " in batch " + batch;
    }

    private void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        workbench = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Workbench.class.getName(), "--port", String.valueOf(port), "--data", DATA.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "crash-test-workbench.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(workbench.isAlive()).as("the workbench runs; see target/crash-test-workbench.log").isTrue();
            Reply reply = callQuietly("GET", PLAN, null);
            if (reply != null && reply.status == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The workbench did not answer within 120 s");
    }

    private record Reply(int status, String body) {
        JsonObject json() {
            return Json.parse(body).asObject();
        }
    }

    private Reply call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    /** The reply, or null when the server is gone (the kill) or not up yet. */
    private Reply callQuietly(String method, String path, String body) {
        try {
            return call(method, path, body);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
