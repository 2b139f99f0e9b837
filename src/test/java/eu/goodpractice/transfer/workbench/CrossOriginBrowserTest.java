package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import eu.goodpractice.transfer.workbench.host.XsrfCheckFeature;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A logged-in administrator visits a page on another origin (a second HTTP server on another port of the same
 * host, so the browser even sends the session cookie along) that tries to write through the app's REST API in the
 * three ways a page can: fetch() with JSON and credentials (the CORS preflight is refused, the POST never leaves
 * the browser), fetch() in no-cors mode with a text/plain body (sent, refused by the XSRF check) and a form that
 * submits itself (refused by the XSRF check). Nothing in the app's tables changes. The form and the text/plain
 * request go to the one write that takes no body (making a space's copy of the criteria set), so no JSON-only
 * {@code @Consumes} stops them before the XSRF check does.
 */
class CrossOriginBrowserTest extends BrowserTestBase {
    private HttpServer attacker;

    @BeforeEach
    void startAttackerSite() throws Exception {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/attack.html", exchange -> {
            byte[] page = attackPage(workbench.baseUrl() + "/rest/practice-transfer/1.0").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
    }

    @AfterEach
    void stopAttackerSite() {
        attacker.stop(0);
    }

    @Test
    void writesFromAPageOnAnotherOriginChangeNothing() throws Exception {
        Map<String, List<String>> before = StoredRows.of(workbench.databaseUrl());
        logIn("admin");

        driver.get("http://localhost:" + attacker.getAddress().getPort() + "/attack.html");

        waitFor(By.cssSelector("body[data-done]"));
        String outcome = driver.findElement(By.tagName("body")).getAttribute("data-done");
        assertThat(outcome).as("the JSON fetch fails in the browser: its preflight gets no CORS permission")
                .contains("json:blocked").contains("text:sent");
        driver.switchTo().frame("sink");
        waitForText("body", XsrfCheckFeature.FAILURE);
        driver.switchTo().defaultContent();
        assertThat(StoredRows.of(workbench.databaseUrl())).as("not a row changed").isEqualTo(before);
    }

    private static String attackPage(String rest) {
        return """
                <!DOCTYPE html><html><head><title>Win a prize</title></head><body>
                <form id="forged" method="POST" action="%1$s/criteria-sets?space=VET" target="sink">
                  <input name="spaceKey" value="VET"><input name="institution" value="Forged by form">
                </form>
                <iframe name="sink" id="sink"></iframe>
                <script>
                  const rest = '%1$s';
                  const forged = JSON.stringify({spaceKey: 'VET', institution: 'Forged', country: 'DE'});
                  async function attack() {
                    const outcome = [];
                    try {
                      const r = await fetch(rest + '/plans', {method: 'POST', credentials: 'include',
                          headers: {'Content-Type': 'application/json'}, body: forged});
                      outcome.push('json:' + r.status);
                    } catch (e) {
                      outcome.push('json:blocked');
                    }
                    try {
                      await fetch(rest + '/criteria-sets?space=VET', {method: 'POST', mode: 'no-cors', credentials: 'include',
                          headers: {'Content-Type': 'text/plain'}, body: forged});
                      outcome.push('text:sent');
                    } catch (e) {
                      outcome.push('text:blocked');
                    }
                    document.getElementById('forged').submit();
                    document.body.dataset.done = outcome.join(' ');
                  }
                  attack();
                </script></body></html>
                """.formatted(rest);
    }
}
