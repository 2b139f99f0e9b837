package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.workbench.FuzzInputs.Huge;
import eu.goodpractice.transfer.workbench.FuzzInputs.Malformed;
import eu.goodpractice.transfer.workbench.WriteEndpoints.Endpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.SoftAssertions;

/**
 * Property-based input fuzzing over real HTTP against the workbench (issue 8 point 4). Each try of a property sends
 * one generated input to EVERY write endpoint (found by scanning the resources, see {@link WriteEndpoints}; the body
 * properties to every one that reads a body, the id property to every one with a path or query parameter), or every
 * paged list, as an administrator who may do everything, so nothing is refused for lack of permission before the
 * input is read. Whatever comes in, the app never answers 5xx; its refusals (400, 403, 404, 409) carry the JSON error
 * body the API promises; and a refused request changes not a single stored value ({@link StoredRows}). Where the
 * body matters, it starts from what the endpoint's own GET answers (current version included), so one broken field
 * reaches validation and storage with every other field valid.
 *
 * <p>Seeds are random per run; a failure prints its seed, and the next run in the same {@code target/} repeats it
 * first (see docs/security.md, "Input fuzzing", to pin one).
 */
class InputFuzzHttpTest {
    private static final Path DATA = Path.of("target", "fuzz-test-workbench");
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private static WorkbenchServer workbench;
    private static List<Endpoint> writes;
    private static List<Endpoint> pagedReads;
    private static List<String> knownFields;
    /** Per write endpoint, the GET whose answer is the starting body; none when no GET near it answers an object. */
    private static Map<Endpoint, Optional<String>> seedPaths;

    @BeforeContainer
    static void start() throws Exception {
        workbench = WorkbenchServer.fresh(DATA);
        writes = WriteEndpoints.of(workbench);
        pagedReads = WriteEndpoints.pagedReads(workbench);
        knownFields = KnownFields.all();
        seedPaths = new LinkedHashMap<>();
        for (Endpoint endpoint : writes) {
            seedPaths.put(endpoint, seedPath(endpoint));
        }
        assertThat(writes).hasSizeGreaterThanOrEqualTo(25);
        assertThat(pagedReads).hasSizeGreaterThanOrEqualTo(5);
        assertThat(knownFields).contains("title", "version", "spaceKey", "ratings");
    }

    @AfterContainer
    static void stop() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void randomJsonIsAnsweredAndRefusalsWriteNothing(@ForAll("randomBodies") String body) throws Exception {
        everyWriteEndpoint(endpoint -> endpoint.takesBody() ? new Attempt(endpoint.path(), FuzzInputs.utf8(body))
                : null);
    }

    @Property(tries = 8, shrinking = ShrinkingMode.BOUNDED)
    void malformedJsonIsRefusedWithA400AndWritesNothing(@ForAll("malformedBodies") Malformed body)
            throws Exception {
        // invalid UTF-8 inside a JSON string is decoded leniently by the REST stack (to U+FFFD), so it may pass
        boolean broken = !body.kind().equals(FuzzInputs.INVALID_UTF8);
        everyWriteEndpoint(endpoint -> endpoint.takesBody()
                ? new Attempt(endpoint.path(), body.bytes(), true, false, broken) : null);
    }

    @Property(tries = 5, shrinking = ShrinkingMode.BOUNDED)
    void aHugeStringInOneFieldOfAnOtherwiseValidBodyNeverBreaksStorage(@ForAll("hugeStrings") Huge huge,
                                                                       @ForAll("fieldPicks") int pick)
            throws Exception {
        everyWriteEndpoint(endpoint -> {
            if (!endpoint.takesBody()) {
                return null;
            }
            JsonObject body = seedBody(endpoint);
            body.set(field(body, pick), huge.text());
            return new Attempt(endpoint.path(), FuzzInputs.utf8(body.toString()));
        });
    }

    @Property(tries = 1, shrinking = ShrinkingMode.OFF)
    void hugeStringsInEveryFieldAtOnce(@ForAll("hugeStrings") Huge huge) throws Exception {
        String text = new Huge(huge.unit(), FuzzInputs.HUGE).text();
        everyWriteEndpoint(endpoint -> {
            if (!endpoint.takesBody()) {
                return null;
            }
            JsonObject body = seedBody(endpoint);
            for (String field : fields(body)) {
                body.set(field, text);
            }
            return new Attempt(endpoint.path(), FuzzInputs.utf8(body.toString()));
        });
    }

    @Property(tries = 10, shrinking = ShrinkingMode.BOUNDED)
    void aValueOfTheWrongTypeInOneFieldIsAFieldErrorNotAFailure(@ForAll("anyTypes") JsonValue value,
                                                                @ForAll("fieldPicks") int pick) throws Exception {
        everyWriteEndpoint(endpoint -> {
            if (!endpoint.takesBody()) {
                return null;
            }
            JsonObject body = seedBody(endpoint);
            body.set(field(body, pick), value);
            return new Attempt(endpoint.path(), FuzzInputs.utf8(body.toString()));
        });
    }

    @Property(tries = 10, shrinking = ShrinkingMode.BOUNDED)
    void unknownOrOddIdsAreRefusedAndWriteNothing(@ForAll("oddIds") String odd, @ForAll("fieldPicks") int pick)
            throws Exception {
        everyWriteEndpoint(endpoint -> {
            List<String> parameters = endpoint.parameters();
            if (parameters.isEmpty()) {
                return null;
            }
            String parameter = parameters.get(pick % parameters.size());
            // a small number could be the row's real version and delete it: the sample's stale one stays then
            if (parameter.equals("version") && odd.matches("\\d{1,6}")) {
                return null;
            }
            String path = WriteEndpoints.fill(endpoint.template(), Map.of(parameter, odd));
            // an encoded slash, backslash or NUL makes the URI ambiguous or unsafe: Jetty refuses it (400, its own
            // page) before the app sees it
            boolean reachesApp = !odd.toUpperCase(Locale.ROOT).matches(".*%(2F|5C|00).*");
            return new Attempt(path, FuzzInputs.utf8(compact(seedBody(endpoint)).toString()), reachesApp,
                    odd.matches("\\d{1,9}"), false);
        });
    }

    @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
    void negativeHugeOrNonNumericPagingIsAPageOrA400(@ForAll("paging") String start, @ForAll("paging") String limit,
                                                      @ForAll("paging") String page, @ForAll("paging") String size)
            throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : pagedReads) {
            String query = "start=" + start + "&limit=" + limit + "&page=" + page + "&size=" + size + "&offset="
                    + start;
            String path = endpoint.path() + (endpoint.path().contains("?") ? "&" : "?") + query;
            HttpResponse<String> response = send("GET", path, null);
            String what = "GET " + path + " (" + endpoint.javaMethod() + "): " + shorten(response.body());
            softly.assertThat(response.statusCode()).as(what).isLessThan(500).isIn(200, 400);
            if (response.statusCode() == 400) {
                softly.assertThat(isErrorBody(response)).as("a JSON error body: " + what).isTrue();
            }
        }
        softly.assertAll();
    }

    @Provide
    Arbitrary<String> randomBodies() {
        return FuzzInputs.body(knownFields);
    }

    @Provide
    Arbitrary<Malformed> malformedBodies() {
        return FuzzInputs.malformed(knownFields);
    }

    @Provide
    Arbitrary<Huge> hugeStrings() {
        return FuzzInputs.huge();
    }

    @Provide
    Arbitrary<JsonValue> anyTypes() {
        return FuzzInputs.anyType(knownFields);
    }

    @Provide
    Arbitrary<String> oddIds() {
        return FuzzInputs.oddId();
    }

    @Provide
    Arbitrary<String> paging() {
        return FuzzInputs.oddPaging();
    }

    @Provide
    Arbitrary<Integer> fieldPicks() {
        return Arbitraries.integers().between(0, 10_000);
    }

    /**
     * One request: where it goes, its body, whether the web server lets it reach the app (only then does a refusal
     * carry the app's JSON error body), whether a 404 must carry it too (an id that fits the path's pattern), and
     * whether only a 400 will do (a broken body).
     */
    private record Attempt(String path, byte[] body, boolean reachesApp, boolean jsonWhenNotFound,
                           boolean mustBeRefusedAsInvalid) {
        Attempt(String path, byte[] body) {
            this(path, body, true, false, false);
        }
    }

    /**
     * Sends each write endpoint the attempt {@code attemptFor} makes of it (null: nothing to try there) and checks
     * every answer, collecting all failures of the input before failing.
     */
    private static void everyWriteEndpoint(ThrowingFunction<Endpoint, Attempt> attemptFor) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        Map<String, List<String>> stored = StoredRows.of(workbench.databaseUrl());
        for (Endpoint endpoint : writes) {
            Attempt attempt = attemptFor.apply(endpoint);
            if (attempt == null) {
                continue;
            }
            String sent = endpoint.method() + " " + shorten(attempt.path()) + " (" + endpoint.javaMethod() + ") with "
                    + shorten(new String(attempt.body(), StandardCharsets.UTF_8));
            HttpResponse<String> response;
            try {
                response = send(endpoint.method(), attempt.path(), attempt.body());
            } catch (IOException e) {
                softly.fail("no answer, the connection dropped (%s): %s", e, sent);
                stored = StoredRows.of(workbench.databaseUrl());
                continue;
            }
            Map<String, List<String>> after = StoredRows.of(workbench.databaseUrl());
            int status = response.statusCode();
            String what = sent + " answered " + status + ": " + shorten(response.body());
            softly.assertThat(status).as(what).isLessThan(500);
            if (attempt.mustBeRefusedAsInvalid()) {
                softly.assertThat(status).as("refused as invalid: " + what).isEqualTo(400);
            }
            if (status >= 400 && status < 500) {
                softly.assertThat(changes(stored, after)).as("a refused request wrote nothing: " + what).isEmpty();
                if (attempt.reachesApp() && (status == 400 || status == 403 || status == 409
                        || status == 404 && attempt.jsonWhenNotFound())) {
                    softly.assertThat(isErrorBody(response)).as("a JSON error body: " + what).isTrue();
                }
            }
            stored = after;
        }
        softly.assertAll();
    }

    /** The tables whose rows differ, each with its first differing row, shortened. */
    private static List<String> changes(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            List<String> was = before.getOrDefault(table, List.of());
            List<String> is = after.get(table);
            if (!was.equals(is)) {
                String row = is.stream().filter(r -> !was.contains(r)).findFirst()
                        .orElse(was.stream().filter(r -> !is.contains(r)).findFirst().map(r -> "gone: " + r).orElse(""));
                changed.add(table + " " + was.size() + " -> " + is.size() + " rows, " + shorten(row));
            }
        }
        return changed;
    }

    private static boolean isErrorBody(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            return false;
        }
        try {
            JsonValue body = Json.parse(response.body());
            return body.isObject() && body.asObject().getInt("status", 0) == response.statusCode()
                    && !body.asObject().getString("message", "").isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The body to start from: the endpoint's own resource as its GET answers it, or an empty object. */
    private static JsonObject seedBody(Endpoint endpoint) throws Exception {
        Optional<String> path = seedPaths.get(endpoint);
        if (path.isPresent()) {
            HttpResponse<String> response = send("GET", path.get(), null);
            Optional<JsonObject> object = object(response);
            if (object.isPresent()) {
                return object.get();
            }
        }
        return Json.object();
    }

    /**
     * The body with long texts cut to 1,000 characters (still valid; earlier tries may have stored huge ones): an id
     * outside the path's pattern matches no resource, nothing reads the body, and Jetty drops the connection on a
     * large unread body mid-upload, which says nothing about the app.
     */
    private static JsonObject compact(JsonObject body) {
        for (String name : body.names()) {
            JsonValue value = body.get(name);
            if (value.isString() && value.asString().length() > 1_000) {
                body.set(name, value.asString().substring(0, 1_000));
            }
        }
        return body;
    }

    /** A field the endpoint's resource shows and the app reads, else any field the app reads. */
    private static String field(JsonObject body, int pick) {
        List<String> fields = fields(body);
        return fields.get(pick % fields.size());
    }

    private static List<String> fields(JsonObject body) {
        List<String> shown = body.names().stream().filter(knownFields::contains).sorted().toList();
        return shown.isEmpty() ? knownFields : shown;
    }

    /**
     * The GET that shows what the endpoint writes: the path itself (an update), the first item below it (a
     * create), or the path above it (an action on a resource); the first that answers a JSON object.
     */
    private static Optional<String> seedPath(Endpoint endpoint) throws Exception {
        String path = endpoint.path();
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        String parameters = query < 0 ? "" : path.substring(query);
        List<String> candidates = new ArrayList<>();
        if (endpoint.method().equals("POST")) {
            candidates.add(bare + "/1" + parameters);
        }
        candidates.add(path);
        candidates.add(bare.substring(0, bare.lastIndexOf('/')) + parameters);
        for (String candidate : candidates) {
            if (object(send("GET", candidate, null)).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> object(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        try {
            JsonValue value = Json.parse(response.body());
            return value.isObject() ? Optional.of(value.asObject()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", AUTHORIZATION);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        // a new client, so a new connection, each time: the server closes a connection whose body a refusal left
        // unread, and a pooled client could send the next request into that closing connection
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
    }

    @FunctionalInterface
    private interface ThrowingFunction<T, R> {
        R apply(T value) throws Exception;
    }
}
