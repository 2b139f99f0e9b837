package eu.goodpractice.transfer.portability.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.actionplan.rest.PlanResource;
import eu.goodpractice.transfer.actionplan.rest.StepResource;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A space's app data over real HTTP: the coordinator (administrator of VET and of the empty space NEW) downloads
 * VET's file, tries it on NEW, imports it, and gets the same data back from NEW; a second import changes nothing;
 * a file of another version, one naming a page NEW lacks, and anyone but a space administrator are refused without
 * a write.
 */
class SpaceDataRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient coordinator;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        testApp.confluence.addSpace("NEW", "New partner space");
        testApp.confluence.grant("NEW", "coordinator", "VIEWSPACE", "EDITSPACE", "SETSPACEPERMISSIONS");
        testApp.confluence.grant("NEW", "ana", "VIEWSPACE", "EDITSPACE");
        testApp.confluence.addPage(101, "VET", "Dual training in care");
        testApp.confluence.addPage(1101, "NEW", "Dual training in care");
        testApp.confluence.addPage(102, "VET", "Only in VET");
        server = new RestServer(testApp.confluence, testApp.app.module(SpaceDataResource.class),
                testApp.app.module(PlanResource.class), testApp.app.module(StepResource.class));
        coordinator = new RestClient(server.restBase(), "coordinator", "en");
        RestClient.Reply plan = coordinator.post("/plans", Json.object().add("spaceKey", "VET")
                .add("institution", "Berufskolleg K\u00f6ln").add("country", "de").add("responsible", "ana").toString());
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        RestClient.Reply step = coordinator.post("/plans/" + plan.json().getInt("id", 0) + "/steps", Json.object()
                .add("title", "Mentoren schulen").add("practicePageId", 101).toString());
        assertThat(step.status()).as(step.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void aSpaceAdministratorMovesTheDataToAnotherSpaceAndGetsTheSameDataBack() {
        RestClient.Download file = coordinator.download("/spaces/VET/data-export");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/json");
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("VET-app-data.json");
        JsonObject source = file.json();
        assertThat(source.getString("format", null)).isEqualTo("practice-transfer-space-data");
        assertThat(source.getInt("version", 0)).isEqualTo(1);
        assertThat(source.get("source").asObject().getString("spaceKey", null)).isEqualTo("VET");
        assertThat(source.get("data").asObject().get("actionSteps").asArray()).hasSize(1);

        RestClient.Reply dryRun = coordinator.post("/spaces/NEW/data-import?dryRun=true", source.toString());
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.at("imported").asBoolean()).isFalse();
        assertThat(dryRun.at("sections", "actionPlans", "created").asInt()).isEqualTo(1);
        assertThat(coordinator.get("/plans?spaceKey=NEW").at("total").asInt()).as("a dry run writes nothing")
                .isZero();

        RestClient.Reply imported = coordinator.post("/spaces/NEW/data-import", source.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.at("sections", "actionSteps", "created").asInt()).isEqualTo(1);
        JsonObject copy = coordinator.download("/spaces/NEW/data-export").json();
        assertThat(comparable(copy)).isEqualTo(comparable(source));
        assertThat(copy.get("pages").asArray().get(0).asObject().getLong("id", 0)).isEqualTo(1101);

        RestClient.Reply again = coordinator.post("/spaces/NEW/data-import", source.toString());
        assertThat(again.at("sections", "actionPlans", "created").asInt()).isZero();
        assertThat(again.at("sections", "actionPlans", "unchanged").asInt()).isEqualTo(1);
        assertThat(again.at("sections", "actionSteps", "unchanged").asInt()).isEqualTo(1);
        assertThat(coordinator.get("/plans?spaceKey=NEW").at("total").asInt()).isEqualTo(1);
    }

    @Test
    void aFileOfAnotherFormatOrVersionIsRefusedAtThatField() {
        JsonObject file = coordinator.download("/spaces/VET/data-export").json();

        RestClient.Reply newer = coordinator.post("/spaces/NEW/data-import", file.set("version", 2).toString());
        RestClient.Reply other = coordinator.post("/spaces/NEW/data-import",
                file.set("version", 1).set("format", "something-else").toString());
        RestClient.Reply notJson = coordinator.post("/spaces/NEW/data-import", "{\"format\": ");

        assertThat(newer.status()).isEqualTo(400);
        assertThat(newer.error("version")).contains("version 1").contains("version 2");
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.error("format")).contains("practice-transfer-space-data");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error("body")).isNotBlank();
    }

    @Test
    void aPageTheTargetLacksIsReportedByTitleAndNothingIsImported() {
        JsonObject file = coordinator.download("/spaces/VET/data-export").json();
        file.get("pages").asArray().add(Json.object().add("id", 102).add("spaceKey", "VET").add("title", "Only in VET"));
        file.get("data").asObject().get("actionSteps").asArray().get(0).asObject().set("practicePageId", 102);
        int plansBefore = coordinator.get("/plans?spaceKey=NEW").at("total").asInt();

        RestClient.Reply tried = coordinator.post("/spaces/NEW/data-import?dryRun=true", file.toString());
        RestClient.Reply refused = coordinator.post("/spaces/NEW/data-import", file.toString());

        assertThat(tried.status()).isEqualTo(200);
        JsonValue missing = tried.at("unmappedPages").asArray().get(0);
        assertThat(missing.asObject().getString("title", null)).isEqualTo("Only in VET");
        assertThat(missing.asObject().getString("spaceKey", null)).isEqualTo("NEW");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error("pages")).contains("Only in VET").contains("Nothing was imported");
        assertThat(coordinator.get("/plans?spaceKey=NEW").at("total").asInt()).isEqualTo(plansBefore);
    }

    @Test
    void onlySpaceAdministratorsExportOrImport() {
        String file = coordinator.download("/spaces/VET/data-export").json().toString();

        assertThat(coordinator.as("ana").download("/spaces/VET/data-export").status()).isEqualTo(403);
        assertThat(coordinator.as("viewer").download("/spaces/VET/data-export").status()).isEqualTo(403);
        assertThat(coordinator.as("outsider").download("/spaces/VET/data-export").status()).isEqualTo(403);
        assertThat(coordinator.as("ana").post("/spaces/NEW/data-import", file).status()).isEqualTo(403);
        assertThat(coordinator.as("outsider").post("/spaces/OTHER/data-import", file).status()).isEqualTo(403);
        assertThat(coordinator.post("/spaces/NOSUCH/data-import", file).status()).isEqualTo(403);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        String file = coordinator.download("/spaces/VET/data-export").json().toString();
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.restBase() + "/spaces/NEW/data-import"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "coordinator:coordinator".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(415);
    }

    /** The file without what differs between spaces and moments: ids, the source space and the time. */
    private static JsonObject comparable(JsonObject file) {
        JsonObject data = Json.parse(file.get("data").toString()).asObject();
        for (JsonObject.Member section : data) {
            for (JsonValue row : section.getValue().asArray()) {
                row.asObject().remove("id");
                JsonValue page = row.asObject().get("practicePageId");
                if (page != null && page.isNumber()) {
                    row.asObject().set("practicePageId", title(file, page.asLong()));
                }
            }
        }
        return data;
    }

    private static String title(JsonObject file, long pageId) {
        for (JsonValue page : file.get("pages").asArray()) {
            if (page.asObject().getLong("id", 0) == pageId) {
                return page.asObject().getString("title", null);
            }
        }
        return null;
    }
}
