package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.contract.OpenApiDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/openapi.yaml against the running app, so the reference cannot drift from what the code answers: every
 * documented JSON read answers the workbench's sample data as its schema says (answers are strict: a field the
 * document does not name fails), error answers have the documented shapes, and every documented write example is
 * accepted and answered as documented.
 */
class OpenApiLiveTest {
    private static final Path DATA = Path.of("target", "openapi-workbench");
    private static final String API = "/rest/practice-transfer/1.0";
    /** Values from the sample data for path and required query parameters (see WriteEndpoints.SAMPLE_VALUES). */
    private static final Map<String, String> SAMPLES = Map.of(
            "planId", "1", "stepId", "1", "pageId", "1101", "country", "FR", "id", "1", "kind", "theme",
            "format", "json", "space", SampleData.SPACE, "spaceKey", SampleData.SPACE);
    /** Where an operation needs another sample: a practice whose status allows the documented transition. */
    private static final Map<String, Map<String, String>> SAMPLES_FOR = Map.of(
            "POST /practices/{pageId}/transitions", Map.of("pageId", "1102"));
    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static WorkbenchServer workbench;
    private static OpenApiDocument document;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        delete(DATA);
        workbench = new WorkbenchServer(DATA, 0);
        document = OpenApiDocument.read();
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }

    /** Reads only a space's administrators may make (the authorisation matrix proves the others are refused). */
    private static final java.util.Set<String> ADMINISTRATORS_ONLY = java.util.Set.of("GET /spaces/{spaceKey}/data-export");

    @Test
    void everyDocumentedJsonReadAnswersAsItsSchemaSays() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (!operation.method().equals("GET") || document.responseSchema(operation, 200).isEmpty()) {
                continue;
            }
            List<String> urls = new ArrayList<>(List.of(url(operation)));
            urls.addAll(MORE_READS.getOrDefault(operation.toString(), List.of()));
            for (String url : urls) {
                // an editor sees contact persons, the coordinator every space, a viewer what readers see; what only
                // a space's administrators may read, as the coordinator and the space administrator
                for (String user : ADMINISTRATORS_ONLY.contains(operation.toString())
                        ? List.of("coordinator", "spaceadmin") : List.of("editor-de", "coordinator", "viewer")) {
                    HttpResponse<String> answer = send(user, "GET", url, null);
                    checked++;
                    if (answer.statusCode() != 200) {
                        problems.add(user + " GET " + url + " answered " + answer.statusCode() + " " + answer.body());
                        continue;
                    }
                    document.problems(document.responseSchema(operation, 200).orElseThrow(), answer.body())
                            .forEach(p -> problems.add(user + " GET " + url + " " + p));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(60);
    }

    /** Reads worth checking besides the plain one: other parameters give other shapes. */
    private static final Map<String, List<String>> MORE_READS = Map.of(
            "GET /criteria-sets", List.of("/criteria-sets?space=VET"),
            "GET /practices/{pageId}/assessments/{country}", List.of("/practices/1101/assessments/DE"),
            "GET /dashboard/practices", List.of("/dashboard/practices?spaces=VET&sort=updated&dir=desc&limit=3"),
            "GET /reports/partnership", List.of("/reports/partnership?partner=DE&from=2020-01-01"),
            "GET /practices", List.of("/practices?space=VET&status=DRAFT"));

    @Test
    void errorAnswersHaveTheDocumentedShapes() throws Exception {
        expect("GET /plans", send("coordinator", "GET", "/plans?spaceKey=VET&limit=abc", null), 400);
        expect("GET /plans/{planId}", send("outsider", "GET", "/plans/1", null), 403);
        expect("GET /plans/{planId}", send("coordinator", "GET", "/plans/999999", null), 404);
        expect("GET /reminders/preferences", send(null, "GET", "/reminders/preferences", null), 401);
        expect("PUT /plans/{planId}", send("admin", "PUT", "/plans/1", "{\"version\": 999999, \"institution\": \"x\"}"),
                409);
        expect("POST /stakeholders", send("admin", "POST", "/stakeholders", "{\"spaceKey\": \"VET\", \"type\": \"x\"}"),
                400);
        HttpResponse<String> text = http.send(request("admin", "/plans").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("spaceKey=VET")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(document.response(document.operation("POST", "/plans").orElseThrow(), 415)).isPresent();
    }

    @Test
    void everyDocumentedWriteExampleIsAcceptedAndAnsweredAsDocumented() throws Exception {
        List<String> problems = new ArrayList<>();
        int sent = 0;
        // changes first, then creations: a new step would make the documented reorder name too few steps
        for (String method : List.of("PUT", "POST")) {
            for (OpenApiDocument.Operation operation : document.operations()) {
                JsonNode content = document.resolve(operation.node().path("requestBody")).path("content")
                        .path("application/json");
                if (!operation.method().equals(method) || !content.has("examples")) {
                    continue;
                }
                int success = successStatus(operation);
                for (Map.Entry<String, JsonNode> example : content.get("examples").properties()) {
                    String url = url(operation);
                    ObjectNode body = (ObjectNode) document.resolve(example.getValue()).get("value").deepCopy();
                    if (body.has("version")) {
                        currentVersion(url).ifPresent(version -> body.put("version", version));
                    }
                    HttpResponse<String> answer = send("admin", method, url, body.toString());
                    sent++;
                    String what = operation + " example " + example.getKey();
                    if (answer.statusCode() != success) {
                        problems.add(what + " answered " + answer.statusCode() + " " + answer.body());
                        continue;
                    }
                    document.responseSchema(operation, success).ifPresent(schema -> document.problems(schema,
                            answer.body()).forEach(p -> problems.add(what + " " + p)));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(sent).isGreaterThan(15);
    }

    private void expect(String operationName, HttpResponse<String> answer, int status) {
        String[] parts = operationName.split(" ", 2);
        OpenApiDocument.Operation operation = document.operation(parts[0], parts[1]).orElseThrow();
        assertThat(answer.statusCode()).as(operationName + " " + answer.body()).isEqualTo(status);
        JsonNode schema = document.responseSchema(operation, status)
                .orElseThrow(() -> new AssertionError(operationName + " documents no JSON " + status));
        assertThat(document.problems(schema, answer.body())).as(operationName + " " + status + " " + answer.body())
                .isEmpty();
    }

    private static int successStatus(OpenApiDocument.Operation operation) {
        return operation.node().path("responses").propertyNames().stream().filter(s -> s.startsWith("2"))
                .mapToInt(Integer::parseInt).min().orElseThrow();
    }

    /** The version the object at {@code url} (or, for a part of it like ratings, at its parent) has now. */
    private Optional<Integer> currentVersion(String url) throws Exception {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        for (String candidate : List.of(path + query, path.substring(0, path.lastIndexOf('/')) + query)) {
            HttpResponse<String> answer = send("admin", "GET", candidate, null);
            if (answer.statusCode() == 200) {
                JsonNode json = JSON.readTree(answer.body());
                if (json.path("version").isInt()) {
                    return Optional.of(json.get("version").asInt());
                }
            }
        }
        return Optional.empty();
    }

    /** The operation's path with its path parameters and required query parameters filled from the sample data. */
    private static String url(OpenApiDocument.Operation operation) {
        Map<String, String> own = SAMPLES_FOR.getOrDefault(operation.toString(), Map.of());
        Matcher matcher = TEMPLATE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(sample(matcher.group(1), own, operation)));
        }
        matcher.appendTail(path);
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : document.parameters(operation).values()) {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                String name = parameter.path("name").asString();
                query.add(name + "=" + sample(name, own, operation));
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static String sample(String name, Map<String, String> own, OpenApiDocument.Operation operation) {
        String value = own.getOrDefault(name, SAMPLES.get(name));
        if (value == null) {
            throw new AssertionError("No sample value for '" + name + "' of " + operation + ": add one to SAMPLES");
        }
        return value;
    }

    private HttpResponse<String> send(String user, String method, String url, String json) throws Exception {
        HttpRequest.Builder request = request(user, url).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String user, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + API + url))
                .header("X-Atlassian-Token", "no-check");
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
