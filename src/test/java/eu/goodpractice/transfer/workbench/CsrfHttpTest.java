package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.workbench.WriteEndpoints.Endpoint;
import eu.goodpractice.transfer.workbench.host.XsrfCheckFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery over real HTTP against the workbench, whose REST layer checks XSRF as Confluence's does
 * ({@link XsrfCheckFeature}). Every write endpoint (found by scanning the resources, see {@link WriteEndpoints}) is
 * sent each body a page on another site can send without a CORS preflight — form-encoded, multipart, text/plain —
 * without the {@code X-Atlassian-Token} header, by an administrator who may do everything: each is refused and the
 * app's tables are unchanged to the last column. JSON, which a foreign page cannot send without a preflight, passes.
 */
class CsrfHttpTest {
    private static final Path DATA = Path.of("target", "csrf-test-workbench");
    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/130.0.0.0 Safari/537.36";
    private static final String BOUNDARY = "----forged7MA4YWxkTrZu0gW";
    /** Content type and a body of that type, as a forged form or a no-cors fetch would send them. */
    private static final Map<String, String> FORGEABLE = Map.of(
            "application/x-www-form-urlencoded", "title=Forged&version=0&ratings=%5B%5D",
            "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; "
                    + "name=\"title\"\r\n\r\nForged\r\n--" + BOUNDARY + "--\r\n",
            "text/plain", "{\"title\":\"Forged\",\"version\":0,\"institution\":\"Forged\",\"ratings\":[]}");

    private static WorkbenchServer workbench;

    @BeforeAll
    static void start() throws Exception {
        workbench = WorkbenchServer.fresh(DATA);
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }

    @Test
    void theScanFindsEveryWriteEndpointOfEveryFeature() {
        List<Endpoint> endpoints = WriteEndpoints.of(workbench);
        assertThat(endpoints).extracting(Endpoint::toString).anySatisfy(e -> assertThat(e).startsWith("POST "))
                .anySatisfy(e -> assertThat(e).startsWith("PUT ")).anySatisfy(e -> assertThat(e).startsWith("DELETE "))
                .anySatisfy(e -> assertThat(e).contains("/plans/1/steps/1"))
                .anySatisfy(e -> assertThat(e).contains("/assessments/DE/ratings"))
                .anySatisfy(e -> assertThat(e).contains("/criteria-sets?space=VET"))
                .anySatisfy(e -> assertThat(e).contains("/transitions"))
                .anySatisfy(e -> assertThat(e).startsWith("PUT ").contains("/stakeholders/1 "))
                .anySatisfy(e -> assertThat(e).startsWith("DELETE ").contains("/engagements/1?version="))
                .anySatisfy(e -> assertThat(e).startsWith("DELETE ").contains("/dissemination/1?version="))
                .anySatisfy(e -> assertThat(e).contains("/dissemination/link-check?spaceKey=VET"))
                .anySatisfy(e -> assertThat(e).contains("/reminders/preferences"));
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void formMultipartAndTextBodiesWithoutTokenAreRefusedAndWriteNothing() throws Exception {
        Map<String, List<String>> before = StoredRows.of(workbench.databaseUrl());
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : WriteEndpoints.of(workbench)) {
            for (Map.Entry<String, String> body : FORGEABLE.entrySet()) {
                for (String agent : new String[] {null, CHROME}) {
                    HttpResponse<String> response = send(endpoint, body.getKey(), body.getValue(), agent,
                            workbench.baseUrl(), null);
                    // 403: the XSRF check; 415: the endpoint takes only JSON (Jersey refuses before the resource runs)
                    softly.assertThat(response.statusCode()).as("%s with %s from %s: %s", endpoint, body.getKey(),
                            agent == null ? "a script" : "a browser", response.body()).isIn(403, 415);
                    if (response.statusCode() == 403) {
                        softly.assertThat(response.body()).as("%s", endpoint).contains(XsrfCheckFeature.FAILURE);
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(StoredRows.of(workbench.databaseUrl())).as("not a row changed").isEqualTo(before);
    }

    @Test
    void aBrowserPostFromAnotherOriginIsRefusedWhateverItsBodyAndToken() throws Exception {
        Map<String, List<String>> before = StoredRows.of(workbench.databaseUrl());
        for (Endpoint endpoint : WriteEndpoints.of(workbench)) {
            if (endpoint.method().equals("POST")) {
                HttpResponse<String> response = send(endpoint, "application/json", "{}", CHROME,
                        "http://attacker.example:8666", "no-check");
                assertThat(response.statusCode()).as("%s: %s", endpoint, response.body()).isEqualTo(403);
                assertThat(response.body()).contains(XsrfCheckFeature.FAILURE);
            }
        }
        assertThat(StoredRows.of(workbench.databaseUrl())).isEqualTo(before);
    }

    @Test
    void jsonWritesPassTheCheckFromScriptsAndFromTheAppsOwnPages() throws Exception {
        for (Endpoint endpoint : WriteEndpoints.of(workbench)) {
            for (String agent : new String[] {null, CHROME}) {
                HttpResponse<String> response = send(endpoint, "application/json", "{}", agent, workbench.baseUrl(),
                        null);
                // the resource ran: it answers about the content (400 for the empty body, 409 for the stale version)
                assertThat(response.statusCode()).as("%s from %s: %s", endpoint, agent, response.body())
                        .isNotIn(401, 403, 404, 405, 415).isLessThan(500);
            }
            if (endpoint.method().equals("DELETE")) {
                HttpResponse<String> bare = send(endpoint, null, null, null, null, null);
                assertThat(bare.statusCode()).as("%s without a body: %s", endpoint, bare.body()).isEqualTo(409);
            }
        }
    }

    private static HttpResponse<String> send(Endpoint endpoint, String type, String body, String agent,
                                             String origin, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl() + endpoint.path()))
                .method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (agent != null) {
            request.header("User-Agent", agent).header("Origin", origin);
        }
        if (token != null) {
            request.header("X-Atlassian-Token", token);
        }
        // a new client, so a new connection, each time: the server closes a connection whose body a refusal left
        // unread, and a pooled client could send the next request into that closing connection
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
