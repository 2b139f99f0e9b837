package eu.goodpractice.transfer.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A space's own copy of the criteria set over real HTTP, on the app's Spring XML and real Active Objects (H2): the
 * space administrator makes and changes it, editors may not, stale versions conflict, and ratings given under a
 * criterion the copy retires stay stored but no longer count.
 */
class CriteriaSetRestTest {
    private static final long PAGE_ID = 8101;

    private static TestApp testApp;
    private static RestServer server;
    private static RestClient coordinator;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(AssessmentResource.class),
                testApp.app.module(CriteriaSetResource.class));
        coordinator = new RestClient(server.restBase(), "coordinator", "en");
        ana = coordinator.as("ana");
        testApp.confluence.addPage(PAGE_ID, "VET", "Peer mentoring");
        testApp.confluence.logIn("ana");
        try {
            testApp.app.bean(PracticeService.class).register(PAGE_ID, "VET", "Peer mentoring",
                    new PracticeInput(null, null, null, null, null, null, List.of(), List.of(), null, null, null,
                            null, null, null, null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void theSpaceAdministratorAdjustsACopyAndOldRatingsUnderARetiredCriterionStayButNoLongerCount() {
        String assessment = "/practices/" + PAGE_ID + "/assessments/DE";
        RestClient.Reply rated = ana.put(assessment + "/ratings", Json.object().add("version", 0)
                .add("ratings", Json.array()
                        .add(rating("evaluation", "1", "No evaluation at all"))
                        .add(rating("leadership", "4", "Dean signed"))).toString());
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(ana.get("/criteria-sets").json().get("sets").asArray()).as("only the shipped set").hasSize(1);

        assertThat(ana.post("/criteria-sets?space=VET", "").status()).as("an editor").isEqualTo(403);
        RestClient.Reply created = coordinator.post("/criteria-sets?space=VET", "");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getInt("version", 0)).isEqualTo(2);
        assertThat(created.json().getString("spaceKey", null)).isEqualTo("VET");
        assertThat(coordinator.post("/criteria-sets?space=VET", "").status()).as("a second copy").isEqualTo(409);

        String change = Json.object().add("version", 2)
                .add("criteria", Json.array()
                        .add(criterion("evaluation", null, true, null))
                        .add(criterion("leadership", "3", false, null))
                        .add(criterion("apprentice-voice", null, false, "Do apprentices have a say?")
                                .add("dimension", "anchoring")))
                .add("rules", Json.object().add("readyFrom", 4.5)).toString();
        assertThat(ana.put("/criteria-sets?space=VET", change).status()).as("an editor").isEqualTo(403);
        RestClient.Reply updated = coordinator.put("/criteria-sets?space=VET", change);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonObject set = updated.json();
        assertThat(set.getInt("version", 0)).isEqualTo(3);
        assertThat(set.get("rules").asObject().getDouble("readyFrom", 0)).isEqualTo(4.5);
        assertThat(criterionOf(set, "evaluation").getBoolean("retired", false)).isTrue();
        assertThat(criterionOf(set, "funding-stability").getBoolean("retired", false)).as("left out").isTrue();
        assertThat(criterionOf(set, "leadership").getDouble("weight", 0)).isEqualTo(3.0);
        JsonObject added = criterionOf(set, "apprentice-voice");
        assertThat(added.getString("question", null)).isEqualTo("Do apprentices have a say?");
        assertThat(added.getBoolean("shipped", true)).isFalse();

        RestClient.Reply stale = coordinator.put("/criteria-sets?space=VET", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").asObject().getInt("version", 0)).isEqualTo(3);
        assertThat(ana.get("/criteria-sets?space=VET").json().getInt("version", 0)).isEqualTo(3);
        assertThat(ana.get("/criteria-sets").json().get("sets").asArray()).hasSize(2);

        JsonObject after = ana.get(assessment).json();
        assertThat(after.get("ratings").asArray().values()).as("kept under the retired criterion")
                .anyMatch(r -> r.asObject().getString("criterion", "").equals("evaluation"));
        assertThat(after.get("result").asObject().get("criteria").asArray().values()).as("but not scored")
                .noneMatch(c -> c.asObject().getString("criterion", "").equals("evaluation"))
                .anyMatch(c -> c.asObject().getString("criterion", "").equals("apprentice-voice"));
        assertThat(after.get("set").asObject().getInt("version", 0)).isEqualTo(3);
    }

    @Test
    void badChangesAreReportedPerFieldInTheUsersLanguage() {
        String change = Json.object().add("version", 1)
                .add("dimensions", Json.array().add(Json.object().add("key", "usability").add("weight", 0)))
                .add("criteria", Json.array().add(criterion("Bad Key", "1", false, "Why?").add("dimension",
                        "usability")))
                .add("rules", Json.object().add("readyFrom", 2.5)).toString();

        RestClient.Reply reply = coordinator.in("de").put("/criteria-sets?space=OTHER", change);
        assertThat(reply.status()).as("not an administrator of OTHER").isEqualTo(403);
        testApp.confluence.grant("OTHER", "coordinator", "VIEWSPACE", "SETSPACEPERMISSIONS");
        reply = coordinator.in("de").put("/criteria-sets?space=OTHER", change);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error("dimensions[0].weight")).startsWith("\u201e0\u201c ist keine g\u00fcltige Gewichtung");
        assertThat(reply.error("criteria[0].key")).contains("Bad Key");
        assertThat(reply.error("rules.adaptationFrom")).startsWith("Die Stufen");
    }

    private static JsonObject rating(String criterion, String value, String rationale) {
        return Json.object().add("criterion", criterion).add("value", value).add("rationale", rationale);
    }

    private static JsonObject criterion(String key, String weight, boolean retired, String question) {
        JsonObject criterion = Json.object().add("key", key).add("retired", retired);
        if (weight != null) {
            criterion.add("weight", weight);
        }
        if (question != null) {
            criterion.add("customQuestion", question);
        }
        return criterion;
    }

    private static JsonObject criterionOf(JsonObject set, String key) {
        for (JsonValue dimension : set.get("dimensions").asArray()) {
            JsonArray criteria = dimension.asObject().get("criteria").asArray();
            for (JsonValue criterion : criteria) {
                if (criterion.asObject().getString("key", "").equals(key)) {
                    return criterion.asObject();
                }
            }
        }
        throw new AssertionError("no criterion " + key);
    }
}
