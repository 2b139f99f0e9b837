package eu.goodpractice.transfer.engagement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.sun.net.httpserver.HttpServer;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dissemination REST API over real HTTP, wired from the app's own Spring XML onto real Active Objects (H2):
 * per-field messages, permissions, paging, totals, optimistic locking and the link check with its default policy.
 */
class DisseminationRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;
    private static HttpServer linkTarget;
    private static volatile int linkRequests;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        testApp.confluence.addPage(501, "VET", "Dual mentoring");
        testApp.confluence.addPage(502, "VET", "Secret practice", "coordinator");
        server = new RestServer(testApp.confluence, testApp.app.module(DisseminationResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        linkTarget = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        linkTarget.createContext("/", exchange -> {
            linkRequests++;
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        linkTarget.start();
    }

    @AfterAll
    static void stop() throws Exception {
        linkTarget.stop(0);
        server.close();
        testApp.close();
    }

    @Test
    void anEditorRecordsAnActivityAndAViewerReadsIt() {
        RestClient.Reply created = ana.post("/dissemination", activity("VET", "Talk at the VET forum", "120")
                .add("practicePageIds", Json.array().add(501)).toString());

        assertThat(created.status()).isEqualTo(201);
        JsonObject json = created.json();
        assertThat(json.getString("typeLabel", null)).isEqualTo("Conference");
        assertThat(json.getString("categoryLabel", null)).isEqualTo("Presentation");
        assertThat(json.getString("countryName", null)).isEqualTo("Germany");
        assertThat(json.getLong("reach", -1)).isEqualTo(120);
        assertThat(json.get("practices").asArray().get(0).asObject().getString("title", null))
                .isEqualTo("Dual mentoring");
        assertThat(json.get("linkCheck").asObject().getString("status", null)).isEqualTo("UNCHECKED");
        assertThat(created.location()).endsWith("dissemination/" + json.getInt("id", 0));

        RestClient.Reply read = ana.as("viewer").in("de").get("/dissemination/" + json.getInt("id", 0));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("typeLabel", null)).isEqualTo("Konferenz");
        assertThat(read.json().getString("countryName", null)).isEqualTo("Deutschland");
    }

    @Test
    void badInputGetsOneMessagePerFieldAndNothingIsStored() {
        int before = ana.get("/dissemination?spaceKey=VET&limit=200").at("total").asInt();
        RestClient.Reply reply = ana.post("/dissemination", Json.object().add("spaceKey", "VET")
                .add("type", "podcast").add("date", "12.03.2026").add("title", " ").add("language", "xx")
                .add("country", "Atlantis").add("reach", "-5").add("link", "javascript:alert(1)")
                .add("category", "poster").add("practicePageIds", Json.array().add(502).add(9999)).toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("type")).contains("podcast");
        assertThat(reply.error("category")).contains("poster");
        assertThat(reply.error("date")).contains("12.03.2026");
        assertThat(reply.error("title")).isEqualTo("Please fill in this field.");
        assertThat(reply.error("language")).contains("xx");
        assertThat(reply.error("country")).contains("Atlantis");
        assertThat(reply.error("reach")).contains("-5");
        assertThat(reply.error("link")).contains("javascript:alert(1)");
        assertThat(reply.error("practicePageIds")).as("a page ana may not view is refused like a missing one")
                .isEqualTo("There is no page 502 that you may view.");
        assertThat(ana.get("/dissemination?spaceKey=VET&limit=200").at("total").asInt()).isEqualTo(before);
    }

    @Test
    void permissionsDecideWhoReadsAndWhoWrites() {
        int id = newActivity("Permission fair", "10");
        String body = activity("VET", "Viewer talk", "1").toString();

        assertThat(ana.as(null).post("/dissemination", body).status()).isEqualTo(401);
        assertThat(ana.as("viewer").post("/dissemination", body).status()).isEqualTo(403);
        assertThat(ana.as("viewer").put("/dissemination/" + id, "{\"version\": 0}").status()).isEqualTo(403);
        assertThat(ana.as("viewer").delete("/dissemination/" + id + "?version=0").status()).isEqualTo(403);
        assertThat(ana.as("viewer").post("/dissemination/link-check?spaceKey=VET", "").status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/dissemination/" + id).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/dissemination?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/dissemination/totals?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.get("/dissemination/987654").status()).isEqualTo(404);
        assertThat(ana.as("outsider").post("/dissemination", body).status()).isEqualTo(403);
    }

    @Test
    void aStaleVersionIsA409WithTheCurrentActivity() {
        int id = newActivity("Newsletter 3", "500");
        RestClient.Reply first = ana.put("/dissemination/" + id, "{\"version\": 0, \"reach\": \"650\"}");
        RestClient.Reply stale = ana.as("jan").put("/dissemination/" + id, "{\"version\": 0, \"reach\": \"700\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getInt("version", -1)).isEqualTo(1);
        assertThat(first.json().getString("title", null)).as("fields left out keep their value")
                .isEqualTo("Newsletter 3");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.at("current", "reach").asLong()).isEqualTo(650);
        assertThat(ana.delete("/dissemination/" + id + "?version=0").status()).isEqualTo(409);
        assertThat(ana.delete("/dissemination/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(ana.get("/dissemination/" + id).status()).isEqualTo(404);
    }

    @Test
    void aPracticeTheEditorMayNotViewStaysLinkedWhenTheyEditTheActivity() {
        RestClient coordinator = ana.as("coordinator");
        int id = coordinator.post("/dissemination", activity("VET", "Linked to a restricted practice", "5")
                .add("practicePageIds", Json.array().add(501).add(502)).toString()).json().getInt("id", 0);

        RestClient.Reply read = ana.get("/dissemination/" + id);
        assertThat(read.json().get("practices").asArray()).hasSize(1);
        RestClient.Reply edited = ana.put("/dissemination/" + id, Json.object().add("version", 0).add("reach", "9")
                .add("practicePageIds", Json.array().add(501)).toString());

        assertThat(edited.status()).isEqualTo(200);
        assertThat(coordinator.get("/dissemination/" + id).json().get("practices").asArray()).hasSize(2);
    }

    @Test
    void totalsSumReachByTypeAndCountryInAPeriod() {
        ana.post("/dissemination", activity("VET", "Fair 2025", "300").set("type", "FAIR").set("country", "PL")
                .set("date", "2025-05-01").toString());
        ana.post("/dissemination", activity("VET", "Fair 2025 b", "200").set("type", "FAIR").set("country", "PL")
                .set("date", "2025-06-01").toString());

        RestClient.Reply totals = ana.get("/dissemination/totals?spaceKey=VET&from=2025-01-01&to=2025-12-31");
        assertThat(totals.status()).isEqualTo(200);
        JsonObject row = totals.json().get("results").asArray().get(0).asObject();
        assertThat(row.getString("type", null)).isEqualTo("FAIR");
        assertThat(row.getString("countryName", null)).isEqualTo("Poland");
        assertThat(row.getInt("activities", 0)).isEqualTo(2);
        assertThat(row.getLong("reach", 0)).isEqualTo(500);
        assertThat(ana.get("/dissemination/totals?spaceKey=VET&from=soon").error("from")).contains("soon");
    }

    @Test
    void theListIsPaged() {
        for (int i = 0; i < 3; i++) {
            newActivity("Paged " + i, "1");
        }
        RestClient.Reply page = ana.get("/dissemination?spaceKey=VET&start=1&limit=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.at("size").asInt()).isEqualTo(2);
        assertThat(page.at("limit").asInt()).isEqualTo(2);
        assertThat(page.at("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(ana.get("/dissemination?spaceKey=VET&limit=500").error("limit")).isNotBlank();
        assertThat(ana.get("/dissemination").error("spaceKey")).isEqualTo("Please fill in this field.");
    }

    @Test
    void theLinkCheckRefusesAPrivateAddressByDefaultAndSaysSo() {
        String link = "http://127.0.0.1:" + linkTarget.getAddress().getPort() + "/report.pdf";
        RestClient.Reply created = ana.post("/dissemination", activity("VET", "Report online", "0")
                .add("link", link).toString());
        int before = linkRequests;

        RestClient.Reply check = ana.post("/dissemination/link-check?spaceKey=VET", "");

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.at("notChecked").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(linkRequests).as("the server was never asked").isEqualTo(before);
        JsonObject linkCheck = ana.get("/dissemination/" + created.json().getInt("id", 0)).json().get("linkCheck")
                .asObject();
        assertThat(linkCheck.getString("status", null)).isEqualTo("UNCHECKED");
        assertThat(linkCheck.getString("reason", null)).isEqualTo("PRIVATE_ADDRESS");
        assertThat(linkCheck.getString("label", null)).isEqualTo("Not checked: private address");
    }

    @Test
    void theViewIsTheMacrosHtml() {
        newActivity("Viewed <b>talk</b>", "42");

        RestClient.Reply view = ana.get("/dissemination/view?spaceKey=VET", "text/html");

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("gpt-dissemination").contains("Viewed &lt;b&gt;talk&lt;/b&gt;")
                .contains("data-editable=\"true\"");
        assertThat(ana.as("viewer").get("/dissemination/view?spaceKey=VET", "text/html").body())
                .doesNotContain("data-editable");
    }

    private static int newActivity(String title, String reach) {
        return ana.post("/dissemination", activity("VET", title, reach).toString()).json().getInt("id", 0);
    }

    private static JsonObject activity(String space, String title, String reach) {
        return Json.object().add("spaceKey", space).add("type", "conference").add("category", "PRESENTATION")
                .add("date", "2026-03-12").add("title", title).add("language", "de").add("country", "de")
                .add("audience", "VET teachers").add("reach", reach);
    }
}
