package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.practice.PracticeStore;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry follows its page through Confluence's page events, as the workbench sends them: created with the
 * practice-profile macro, renamed, moved to another space, trashed, restored and purged.
 */
class PracticeFollowsPageTest {
    private static final Path DATA = Path.of("target", "practice-follows-page-workbench");
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
    void theEntryFollowsItsPageFromCreationToPurge() throws Exception {
        HttpClient admin = browser("admin");
        String body = "<ac:structured-macro ac:name=\"practice-profile\"><ac:parameter ac:name=\"institution\">"
                + "Escola Profissional de Aveiro</ac:parameter><ac:parameter ac:name=\"country\">PT</ac:parameter>"
                + "<ac:parameter ac:name=\"theme\">green-skills</ac:parameter></ac:structured-macro><p>Story</p>";

        HttpResponse<String> created = post(admin, "/pages/createpage.action?spaceKey=VET",
                "title=" + encode("Solar workshop") + "&body=" + encode(body));
        long pageId = Long.parseLong(created.uri().getQuery().replaceAll(".*pageId=(\\d+).*", "$1"));
        Practice registered = stored(pageId).orElseThrow(() -> new AssertionError("not registered on creation"));
        assertThat(registered.profile().institution()).isEqualTo("Escola Profissional de Aveiro");
        assertThat(registered.profile().country()).isEqualTo("PT");
        assertThat(registered.title()).isEqualTo("Solar workshop");

        post(admin, "/pages/editpage.action?pageId=" + pageId, "title=" + encode("Solar roof workshop")
                + "&body=" + encode(body));
        assertThat(stored(pageId).orElseThrow().title()).isEqualTo("Solar roof workshop");

        post(admin, "/pages/movepage.action", "pageId=" + pageId + "&spaceKey=OUT");
        assertThat(stored(pageId).orElseThrow().spaceKey()).isEqualTo("OUT");

        post(admin, "/pages/trashpage.action", "pageId=" + pageId);
        assertThat(stored(pageId).orElseThrow().trashed()).isTrue();
        workbench.confluence().logIn("admin");
        try {
            assertThat(workbench.app().component(PracticeService.class).find(pageId)).isEmpty();
        } finally {
            workbench.confluence().logOut();
        }

        post(admin, "/pages/restorepage.action", "pageId=" + pageId);
        Practice restored = stored(pageId).orElseThrow();
        assertThat(restored.trashed()).isFalse();
        assertThat(restored.profile()).isEqualTo(registered.profile());

        post(admin, "/pages/trashpage.action", "pageId=" + pageId);
        post(admin, "/pages/purgepage.action", "pageId=" + pageId);
        assertThat(stored(pageId)).isEmpty();
    }

    private static Optional<Practice> stored(long pageId) {
        return workbench.app().component(PracticeStore.class).find(pageId);
    }

    private static HttpClient browser(String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        post(client, "/login.action", "os_username=" + user + "&os_password=" + user);
        return client;
    }

    private static HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
