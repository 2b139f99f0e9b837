package eu.goodpractice.transfer.load;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.workbench.WorkbenchServer;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The load driver of {@code ./loadtest}, briefly (4 clients for 5 s, no warm-up) against a fresh workbench, so it
 * cannot rot: every kind of request of the mix is sent and none fails; and what it must count as an error is
 * counted. The real run and its figures are in docs/performance.md.
 */
class LoadSmokeTest {
    private static final Path DATA = Path.of("target", "load-smoke-workbench");
    private static WorkbenchServer workbench;
    private static String baseUrl;

    @BeforeAll
    static void start() throws Exception {
        delete(DATA);
        workbench = new WorkbenchServer(DATA, 0);
        baseUrl = "http://127.0.0.1:" + workbench.port() + WorkbenchServer.CONTEXT;
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }

    @Test
    void fourClientsForFiveSecondsSendEveryKindOfRequestWithoutAnError() throws Exception {
        LoadDriver.Result result = new LoadDriver(baseUrl, 4).run(Duration.ZERO, Duration.ofSeconds(5));

        assertThat(result.measured().errorSamples()).as("errors of the load run").isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.measured().figures()).as("every kind of request was sent").containsOnlyKeys(
                "login", "REST GET /practices", "REST GET /plans", "REST GET /plans/{id}/steps",
                "REST GET /stakeholders", "REST GET /engagements", "REST GET /dissemination",
                "REST GET /dashboard/practices", "REST GET /dashboard/matrix", "REST GET /reports/partnership.json",
                "page dashboard", "page matrix", "page overview", "page overview all spaces", "page action plan",
                "page practice", "page stakeholders", "page dissemination", "page report",
                "write POST step", "write PUT step", "write DELETE step", "write GET contested step",
                "write PUT contested step", "write POST engagement", "write PUT engagement",
                "write DELETE engagement");
        assertThat(LoadReport.table(result)).contains("| **total** |");
    }

    @Test
    void refusalsMacroErrorsUnexpectedClashesAndDeadServersAreErrors() throws Exception {
        LoadStats stats = new LoadStats();
        LoadClient outsider = new LoadClient(baseUrl, "outsider", () -> stats);
        assertThat(outsider.logIn()).isTrue();
        LoadClient editor = new LoadClient(baseUrl, "editor-de", () -> stats);
        assertThat(editor.logIn()).isTrue();
        String step = LoadFixture.REST + "/plans/1/steps/1";

        outsider.get("refused", LoadFixture.REST + "/plans?spaceKey=VET");
        outsider.page("macro error", pageWithAMacroError());
        editor.put("stale", step, "{\"title\":\"x\",\"version\":999999}", false);
        editor.put("clash", step, "{\"title\":\"x\",\"version\":999999}", true);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        new LoadClient("http://127.0.0.1:" + closed, "editor-de", () -> stats).get("dead server", "/");

        assertThat(stats.figures()).allSatisfy((kind, figures) -> assertThat(figures.errors())
                .as(kind).isEqualTo(kind.equals("clash") || kind.equals("login") ? 0 : 1));
        assertThat(stats.figures().get("clash").conflicts()).isEqualTo(1);
        assertThat(stats.errorSamples()).hasSize(4).anySatisfy(error -> assertThat(error).startsWith("refused: 403"));
    }

    /** A page of the outsider's own space whose action-plan macro names no plan: Confluence's error box. */
    private static long pageWithAMacroError() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        form(browser, "/login.action", "os_username=outsider&os_password=outsider");
        HttpResponse<String> saved = form(browser, "/pages/createpage.action?spaceKey=OUT", "title=Broken&body="
                + URLEncoder.encode("<ac:structured-macro ac:name=\"action-plan\"/>", StandardCharsets.UTF_8));
        assertThat(saved.body()).contains("Error rendering macro");
        return Long.parseLong(saved.uri().getQuery().replaceAll(".*pageId=(\\d+).*", "$1"));
    }

    private static HttpResponse<String> form(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void delete(Path directory) throws Exception {
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
