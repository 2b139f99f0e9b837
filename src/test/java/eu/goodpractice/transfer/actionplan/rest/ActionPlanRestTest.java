package eu.goodpractice.transfer.actionplan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The action-plan REST API over real HTTP, wired from the app's own Spring XML onto real Active Objects (H2):
 * status codes, messages per field, permissions and optimistic locking as a client sees them.
 */
class ActionPlanRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence,
                testApp.app.module(PlanResource.class), testApp.app.module(StepResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void anEditorCreatesAPlanAndReadsItBack() {
        RestClient.Reply created = ana.post("/plans", plan("VET", "Escola Profissional Lisboa", "pt", "ana"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonObject plan = created.json();
        assertThat(plan.getString("country", null)).isEqualTo("PT");
        assertThat(plan.get("responsible").asObject().getString("displayName", null)).isEqualTo("Ana Editor");
        assertThat(plan.getInt("version", -1)).isZero();
        assertThat(created.location()).endsWith("plans/" + plan.getInt("id", 0));

        RestClient.Reply read = ana.as("viewer").get("/plans/" + plan.getInt("id", 0));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("institution", null)).isEqualTo("Escola Profissional Lisboa");
        assertThat(read.at("progress", "percent").asInt()).isZero();
    }

    @Test
    void anInvalidPlanGetsOneMessagePerFieldAndIsNotStored() {
        RestClient.Reply reply = ana.post("/plans", Json.object().add("spaceKey", "VET").add("institution", "  ")
                .add("country", "Atlantis").add("responsible", "nobody").toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("institution")).isEqualTo("Please fill in this field.");
        assertThat(reply.error("country")).contains("Atlantis").contains("country code");
        assertThat(reply.error("responsible")).isEqualTo("There is no user \u201cnobody\u201d.");
        assertThat(ana.get("/plans?spaceKey=VET&limit=200").body()).doesNotContain("Atlantis");
    }

    @Test
    void messagesComeInTheUsersLanguage() {
        int planId = newPlan("Sprachschule");

        RestClient.Reply german = ana.in("de-DE,de;q=0.9").post("/plans/" + planId + "/steps", "{\"title\": \" \"}");
        RestClient.Reply forbidden = ana.as("viewer").in("de").put("/plans/" + planId, plan("VET", "X", "DE", "ana"));

        assertThat(german.status()).isEqualTo(400);
        assertThat(german.error("title")).isEqualTo("Bitte f\u00fcllen Sie dieses Feld aus.");
        assertThat(forbidden.json().getString("message", null))
                .isEqualTo("Sie sind nicht berechtigt, in diesem Bereich \u00c4nderungen vorzunehmen.");
    }

    @Test
    void malformedOrMistypedJsonIsA400NamingTheProblem() {
        int planId = newPlan("Malformed Institute");

        RestClient.Reply broken = ana.post("/plans/" + planId + "/steps", "{\"title\": \"x\",");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.error("body")).contains("not valid JSON");

        RestClient.Reply mistyped = ana.post("/plans/" + planId + "/steps",
                "{\"title\": \"x\", \"stakeholders\": 5, \"dueDate\": \"31/12/2026\", \"status\": \"finished\"}");
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.error("stakeholders")).isNotBlank();
        assertThat(mistyped.error("dueDate")).contains("31/12/2026");
        assertThat(mistyped.error("status")).contains("finished");
        assertThat(ana.get("/plans/" + planId + "/steps").at("total").asInt()).isZero();
    }

    @Test
    void permissionsDecideWhoReadsAndWhoWrites() {
        int planId = newPlan("Permission Polytechnic");
        String step = step("Set up the mentoring scheme").toString();

        assertThat(ana.as(null).post("/plans/" + planId + "/steps", step).status()).isEqualTo(401);
        assertThat(ana.as("viewer").post("/plans/" + planId + "/steps", step).status()).isEqualTo(403);
        assertThat(ana.as("viewer").post("/plans", plan("VET", "Viewer School", "DE", "viewer")).status())
                .isEqualTo(403);
        assertThat(ana.as("outsider").get("/plans/" + planId).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/plans/" + planId + "/steps").status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/plans?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.as(null).get("/plans/" + planId).status()).isEqualTo(403);
        RestClient.Reply denied = ana.as("viewer").put("/plans/" + planId, plan("VET", "Renamed", "DE", "ana"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().getString("message", null)).isEqualTo("You do not have permission to edit in this space.");
        assertThat(ana.as("viewer").get("/plans/" + planId).json().getString("institution", null))
                .isEqualTo("Permission Polytechnic");
    }

    @Test
    void unknownIdsAreNotFound() {
        int planId = newPlan("Unknown Ids Academy");
        int otherPlan = newPlan("Other Academy");
        int stepId = ana.post("/plans/" + otherPlan + "/steps", step("elsewhere").toString()).json().getInt("id", 0);

        assertThat(ana.get("/plans/999999").status()).isEqualTo(404);
        assertThat(ana.get("/plans/999999").json().getString("message", null))
                .isEqualTo("There is no action plan with this number.");
        assertThat(ana.get("/plans/" + planId + "/steps/999999").status()).isEqualTo(404);
        assertThat(ana.get("/plans/" + planId + "/steps/" + stepId).status()).isEqualTo(404);
        assertThat(ana.put("/plans/" + planId + "/steps/" + stepId, step("hijack").add("version", 0).toString())
                .status()).isEqualTo(404);
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentStateAndLosesNothing() {
        int planId = newPlan("Concurrent College");
        JsonObject created = ana.post("/plans/" + planId + "/steps", step("Draft the curriculum").toString()).json();
        String path = "/plans/" + planId + "/steps/" + created.getInt("id", 0);

        RestClient.Reply anasEdit = ana.put(path, step("Draft the curriculum with the chamber").add("version", 0).toString());
        RestClient.Reply jansEdit = ana.as("jan").put(path, step("Jan's version").add("version", 0).toString());

        assertThat(anasEdit.status()).isEqualTo(200);
        assertThat(anasEdit.json().getInt("version", -1)).isEqualTo(1);
        assertThat(jansEdit.status()).isEqualTo(409);
        assertThat(jansEdit.at("current", "title").asString()).isEqualTo("Draft the curriculum with the chamber");
        assertThat(jansEdit.at("current", "version").asInt()).isEqualTo(1);
        assertThat(ana.get(path).json().getString("title", null)).isEqualTo("Draft the curriculum with the chamber");

        RestClient.Reply noVersion = ana.put(path, step("no version").toString());
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.error("version")).isNotBlank();
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItNamesAndLosesNothingElse() {
        int planId = newPlan("Partial Update Institute");
        String path = "/plans/" + planId + "/steps/" + ana.post("/plans/" + planId + "/steps", step("Full step")
                .add("description", "Keep me").add("owner", "jan").add("dueDate", "2027-05-01").add("status", "DONE")
                .add("stakeholders", Json.array("Chamber")).add("anchoring", "ADOPTED").toString())
                .json().getInt("id", 0);

        RestClient.Reply renamed = ana.put(path, "{\"title\": \"Renamed step\", \"version\": 0}");

        assertThat(renamed.status()).isEqualTo(200);
        JsonObject step = renamed.json();
        assertThat(step.getString("title", null)).isEqualTo("Renamed step");
        assertThat(step.getString("description", null)).isEqualTo("Keep me");
        assertThat(step.get("owner").asObject().getString("username", null)).isEqualTo("jan");
        assertThat(step.getString("dueDate", null)).isEqualTo("2027-05-01");
        assertThat(step.getString("status", null)).isEqualTo("DONE");
        assertThat(step.getString("anchoring", null)).isEqualTo("ADOPTED");
        assertThat(step.get("stakeholders").asArray().get(0).asString()).isEqualTo("Chamber");

        RestClient.Reply cleared = ana.put(path, "{\"description\": null, \"version\": 1}");
        assertThat(cleared.json().get("description").isNull()).as("null clears a field").isTrue();
        assertThat(cleared.json().getString("title", null)).isEqualTo("Renamed step");
    }

    @Test
    void stepsArePagedReorderedAndDeleted() {
        int planId = newPlan("Ordering Institute");
        String steps = "/plans/" + planId + "/steps";
        int a = ana.post(steps, step("a").toString()).json().getInt("id", 0);
        int b = ana.post(steps, step("b").toString()).json().getInt("id", 0);
        int c = ana.post(steps, step("c").toString()).json().getInt("id", 0);

        RestClient.Reply page = ana.get(steps + "?start=1&limit=1");
        assertThat(page.json().getInt("start", -1)).isEqualTo(1);
        assertThat(page.json().getInt("limit", -1)).isEqualTo(1);
        assertThat(page.json().getInt("size", -1)).isEqualTo(1);
        assertThat(page.json().getInt("total", -1)).isEqualTo(3);
        assertThat(page.at("results").asArray().get(0).asObject().getString("title", null)).isEqualTo("b");
        assertThat(ana.get(steps + "?limit=5000").status()).isEqualTo(400);

        RestClient.Reply reordered = ana.put(steps + "/order", "{\"stepIds\": [" + c + ", " + a + ", " + b + "]}");
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(titles(ana.get(steps).at("results"))).containsExactly("c", "a", "b");

        RestClient.Reply incomplete = ana.put(steps + "/order", "{\"stepIds\": [" + a + ", " + b + "]}");
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(titles(incomplete.at("current"))).containsExactly("c", "a", "b");

        assertThat(ana.delete(steps + "/" + a + "?version=3").status()).isEqualTo(409);
        assertThat(ana.delete(steps + "/" + a + "?version=0").status()).isEqualTo(204);
        assertThat(ana.get(steps + "/" + a).status()).isEqualTo(404);
    }

    @Test
    void userTextComesBackExactlyAndIsEscapedInTheView() {
        int planId = newPlan("Escaping School");
        String title = "<img src=x onerror=alert(1)> & \"quotes\" – ąęł";
        RestClient.Reply created = ana.post("/plans/" + planId + "/steps", step(title)
                .add("description", "line one\nline two").add("owner", "jan").toString());

        assertThat(created.json().getString("title", null)).isEqualTo(title);
        assertThat(created.at("owner", "displayName").asString()).isEqualTo("Jan Editor");
        RestClient.Reply view = ana.get("/plans/" + planId + "/view");
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.contentType()).startsWith("text/html");
        assertThat(view.body()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &#34;quotes&#34; – ąęł")
                .doesNotContain("<img src=x");
    }

    @Test
    void progressCountsDoneStepsAndOverdueOnes() {
        int planId = newPlan("Progress Partners");
        String steps = "/plans/" + planId + "/steps";
        ana.post(steps, step("done").add("status", "DONE").toString());
        ana.post(steps, step("late").add("dueDate", "2020-01-01").toString());
        ana.post(steps, step("dropped").add("status", "dropped").toString());

        JsonObject progress = ana.get("/plans/" + planId).json().get("progress").asObject();
        assertThat(progress.getInt("done", -1)).isEqualTo(1);
        assertThat(progress.getInt("counted", -1)).isEqualTo(2);
        assertThat(progress.getInt("overdue", -1)).isEqualTo(1);
        assertThat(progress.getInt("percent", -1)).isEqualTo(50);
    }

    @Test
    void aStepFromABarrierKeepsItsCriterionAndACriterionNeedsAPractice() {
        testApp.confluence.addPage(4711L, "VET", "Dual training in Cologne");
        int planId = newPlan("Barrier Institute");
        RestClient.Reply created = ana.post("/plans/" + planId + "/steps", step("Secure funding")
                .add("practicePageId", 4711).add("criterion", "funding-stability").toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("criterion", null)).isEqualTo("funding-stability");
        String path = "/plans/" + planId + "/steps/" + created.json().getInt("id", 0);

        RestClient.Reply renamed = ana.put(path, "{\"title\": \"Secure funding for 3 years\", \"version\": 0}");
        assertThat(renamed.json().getString("criterion", null)).as("kept when omitted").isEqualTo("funding-stability");
        assertThat(ana.get(path).json().get("practicePage").asObject().getLong("id", 0)).isEqualTo(4711L);

        RestClient.Reply orphan = ana.post("/plans/" + planId + "/steps",
                step("Nowhere").add("criterion", "funding-stability").toString());
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.error("criterion")).contains("practice page");
        RestClient.Reply tooLong = ana.post("/plans/" + planId + "/steps", step("Long")
                .add("practicePageId", 4711).add("criterion", "x".repeat(101)).toString());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.error("criterion")).contains("100");
    }

    @Test
    void aSecondPlanForTheSameInstitutionIsRefused() {
        newPlan("Twin Institute");
        RestClient.Reply twin = ana.post("/plans", plan("VET", "twin institute", "DE", "ana"));
        assertThat(twin.status()).isEqualTo(400);
        assertThat(twin.error("institution")).contains("already has an action plan");
    }

    private static List<String> titles(JsonValue array) {
        return array.asArray().values().stream().map(v -> v.asObject().getString("title", null)).toList();
    }

    private static int newPlan(String institution) {
        RestClient.Reply reply = ana.post("/plans", plan("VET", institution, "DE", "ana"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getInt("id", 0);
    }

    private static String plan(String space, String institution, String country, String responsible) {
        return Json.object().add("spaceKey", space).add("institution", institution).add("country", country)
                .add("responsible", responsible).toString();
    }

    private static JsonObject step(String title) {
        return Json.object().add("title", title);
    }
}
