package eu.goodpractice.transfer.engagement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stakeholder register and engagement log over real HTTP, wired from the app's own Spring XML onto real Active
 * Objects (H2): per-field 400s, consent for contact persons, who sees them, links kept within the space, 403, 404
 * and 409 as a client sees them.
 */
class StakeholderRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;
    private static long practicePage;
    private static long otherSpacePractice;
    private static int vetStep;
    private static int otherStep;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(StakeholderResource.class),
                testApp.app.module(EngagementResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        practicePage = practice(8101, "VET", "Dual mentoring", "ana");
        otherSpacePractice = practice(8102, "OTHER", "Outsider practice", "outsider");
        vetStep = step("VET", "ana", "Berufskolleg");
        otherStep = step("OTHER", "outsider", "Elsewhere College");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void anEditorRegistersAStakeholderAndAViewerReadsItWithoutTheContactPerson() {
        RestClient.Reply created = ana.post("/stakeholders", stakeholder("VET", "Handwerkskammer K\u00f6ln", "chamber",
                "regional", "de").add("contact", contact("Jana Weber", "2026-03-02")).toString());

        assertThat(created.status()).isEqualTo(201);
        JsonObject json = created.json();
        assertThat(json.getString("country", null)).isEqualTo("DE");
        assertThat(json.getString("countryName", null)).isEqualTo("Germany");
        assertThat(json.getString("typeLabel", null)).isEqualTo("Chamber");
        assertThat(json.getString("levelLabel", null)).isEqualTo("Regional");
        assertThat(json.get("contact").asObject().getString("name", null)).isEqualTo("Jana Weber");
        assertThat(json.get("contact").asObject().get("consent").asObject().getString("givenBy", null))
                .isEqualTo("Jana Weber");
        assertThat(created.location()).endsWith("stakeholders/" + json.getInt("id", 0));

        RestClient.Reply asViewer = ana.as("viewer").get("/stakeholders/" + json.getInt("id", 0));
        assertThat(asViewer.status()).isEqualTo(200);
        assertThat(asViewer.json().getString("organisation", null)).isEqualTo("Handwerkskammer K\u00f6ln");
        assertThat(asViewer.json().get("contact").isNull()).isTrue();
        assertThat(ana.as("viewer").get("/stakeholders?spaceKey=VET&limit=200").body()).doesNotContain("Jana");
        assertThat(ana.as("viewer").in("de").get("/stakeholders/" + json.getInt("id", 0)).json()
                .getString("typeLabel", null)).isEqualTo("Kammer");
    }

    @Test
    void contactDetailsWithoutConsentAreRefusedAtTheirFieldsAndNothingIsStored() {
        RestClient.Reply reply = ana.post("/stakeholders", stakeholder("VET", "No Consent GmbH", "company", "local",
                "DE").add("contact", Json.object().add("name", "Max Muster").add("email", "max@example.com"))
                .toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("consentBy")).contains("consent");
        assertThat(reply.error("consentDate")).contains("consent");
        assertThat(reply.error("consentPurpose")).contains("consent");
        assertThat(ana.get("/stakeholders?spaceKey=VET&limit=200").body()).doesNotContain("No Consent GmbH");
    }

    @Test
    void anInvalidStakeholderGetsOneMessagePerField() {
        RestClient.Reply reply = ana.post("/stakeholders", Json.object().add("spaceKey", "VET")
                .add("organisation", " ").add("type", "pirate").add("country", "Atlantis").toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("organisation")).isEqualTo("Please fill in this field.");
        assertThat(reply.error("type")).contains("pirate");
        assertThat(reply.error("level")).isEqualTo("Please fill in this field.");
        assertThat(reply.error("country")).contains("Atlantis");
    }

    @Test
    void permissionsDecideWhoReadsAndWhoWrites() {
        String body = stakeholder("VET", "Permission AG", "company", "local", "DE").toString();
        int id = ana.post("/stakeholders", body).json().getInt("id", 0);

        assertThat(ana.as(null).post("/stakeholders", body).status()).isEqualTo(401);
        assertThat(ana.as("viewer").post("/stakeholders", body).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/stakeholders/" + id).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/stakeholders?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/engagements?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.as("viewer").put("/stakeholders/" + id, "{\"organisation\": \"X\", \"version\": 0}").status())
                .isEqualTo(403);
        assertThat(ana.get("/stakeholders/999999").status()).isEqualTo(404);
        assertThat(ana.get("/engagements/999999").status()).isEqualTo(404);
        assertThat(ana.get("/stakeholders").error("spaceKey")).isEqualTo("Please fill in this field.");
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentStakeholder() {
        int id = ana.post("/stakeholders", stakeholder("VET", "Stale Guild", "guild", "local", "DE").toString())
                .json().getInt("id", 0);
        assertThat(ana.put("/stakeholders/" + id, "{\"organisation\": \"Fresh Guild\", \"version\": 0}").status())
                .isEqualTo(200);

        RestClient.Reply stale = ana.as("jan").put("/stakeholders/" + id,
                "{\"organisation\": \"Jan's Guild\", \"version\": 0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.at("current", "organisation").asString()).isEqualTo("Fresh Guild");
        assertThat(stale.at("current", "version").asInt()).isEqualTo(1);
    }

    @Test
    void anEngagementLinksStakeholdersPracticesAndStepsOfItsSpace() {
        int chamber = newStakeholder("Link Chamber", "chamber", "regional");
        int school = newStakeholder("Link School", "vocational-school", "local");

        RestClient.Reply created = ana.post("/engagements", engagement(chamber, school)
                .add("practices", Json.array().add(practicePage)).add("actionSteps", Json.array().add(vetStep))
                .add("outcome", "Chamber will co-certify mentors").toString());

        assertThat(created.status()).isEqualTo(201);
        JsonObject json = created.json();
        assertThat(json.get("stakeholders").asArray().values()).extracting(v -> v.asInt())
                .containsExactly(chamber, school);
        assertThat(json.get("practices").asArray().get(0).asObject().getString("title", null))
                .isEqualTo("Dual mentoring");
        assertThat(json.get("actionSteps").asArray().get(0).asInt()).isEqualTo(vetStep);
        assertThat(json.getString("formatLabel", null)).isEqualTo("Workshop");
        assertThat(ana.as("viewer").get("/engagements?spaceKey=VET").body()).contains("co-certify mentors");
    }

    @Test
    void linksOutsideTheSpaceOrUnknownAreRefusedAtTheirField() {
        int chamber = newStakeholder("Own Chamber", "chamber", "regional");
        int foreign = ana.as("outsider").post("/stakeholders", stakeholder("OTHER", "Foreign Chamber", "chamber",
                "local", "NL").toString()).json().getInt("id", 0);

        RestClient.Reply reply = ana.post("/engagements", engagement(chamber, foreign)
                .add("practices", Json.array().add(otherSpacePractice))
                .add("actionSteps", Json.array().add(otherStep)).add("date", "31/12/2026").toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("stakeholders")).contains(String.valueOf(foreign));
        assertThat(reply.error("practices")).contains(String.valueOf(otherSpacePractice));
        assertThat(reply.error("actionSteps")).contains(String.valueOf(otherStep));
        assertThat(reply.error("date")).contains("31/12/2026");

        RestClient.Reply none = ana.post("/engagements", Json.object().add("spaceKey", "VET").toString());
        assertThat(none.error("stakeholders")).isEqualTo("Please name at least one stakeholder.");
        assertThat(none.error("format")).isEqualTo("Please fill in this field.");
        assertThat(none.error("topic")).isEqualTo("Please fill in this field.");
    }

    @Test
    void aStakeholderWithEngagementsIsRetiredNotDeleted() {
        int guild = newStakeholder("History Guild", "guild", "local");
        ana.post("/engagements", engagement(guild).toString());

        RestClient.Reply refused = ana.delete("/stakeholders/" + guild + "?version=0");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("message", null)).contains("retire it");
        RestClient.Reply retired = ana.put("/stakeholders/" + guild, "{\"retired\": true, \"version\": 0}");
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().getBoolean("retired", false)).isTrue();

        int unused = newStakeholder("Unused Guild", "guild", "local");
        assertThat(ana.delete("/stakeholders/" + unused + "?version=0").status()).isEqualTo(204);
        assertThat(ana.get("/stakeholders/" + unused).status()).isEqualTo(404);
    }

    @Test
    void aRetiredStakeholderIsRefusedForNewEngagementsButStaysOnOldOnes() {
        int old = newStakeholder("Old Guild", "guild", "local");
        int active = newStakeholder("Active Guild", "guild", "local");
        int earlier = ana.post("/engagements", engagement(old).toString()).json().getInt("id", 0);
        assertThat(ana.put("/stakeholders/" + old, "{\"retired\": true, \"version\": 0}").status()).isEqualTo(200);

        RestClient.Reply refused = ana.post("/engagements", engagement(active, old).add("topic", "Refused").toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error("stakeholders")).contains("Old Guild").contains("retired");
        assertThat(ana.get("/engagements?spaceKey=VET&limit=200").body()).doesNotContain("Refused");
        RestClient.Reply kept = ana.put("/engagements/" + earlier, "{\"topic\": \"Still with the old guild\", "
                + "\"version\": 0}");
        assertThat(kept.status()).isEqualTo(200);
        JsonObject named = kept.json().get("stakeholderDetails").asArray().get(0).asObject();
        assertThat(named.getString("organisation", null)).isEqualTo("Old Guild");
        assertThat(named.getBoolean("retired", false)).isTrue();
        RestClient.Reply added = ana.put("/engagements/" + earlier, Json.object().add("version", 1)
                .add("stakeholders", Json.array().add(old).add(active)).toString());
        assertThat(added.status()).isEqualTo(200);
    }

    @Test
    void engagementsNameTheirStakeholdersPracticesAndStepsInTheSameFewStatementsWhateverTheirNumber() {
        int chamber = newStakeholder("Named Chamber", "chamber", "regional");
        ana.post("/engagements", engagement(chamber).add("practices", Json.array().add(practicePage))
                .add("actionSteps", Json.array().add(vetStep)).toString());
        int before = statementsOf(() -> ana.get("/engagements?spaceKey=VET&limit=200"));
        for (int i = 0; i < 3; i++) {
            ana.post("/engagements", engagement(newStakeholder("Named School " + i, "vocational-school", "local"))
                    .add("actionSteps", Json.array().add(vetStep)).toString());
        }

        assertThat(statementsOf(() -> ana.get("/engagements?spaceKey=VET&limit=200"))).isEqualTo(before);
        JsonObject first = ana.in("de").get("/engagements?spaceKey=VET&limit=200").json().get("results").asArray()
                .values().stream().map(v -> v.asObject()).filter(e -> e.get("stakeholders").asArray().get(0).asInt()
                        == chamber).findFirst().orElseThrow();
        assertThat(first.get("stakeholderDetails").asArray().get(0).asObject().getString("organisation", null))
                .isEqualTo("Named Chamber");
        assertThat(first.get("practices").asArray().get(0).asObject().getString("title", null))
                .isEqualTo("Dual mentoring");
        JsonObject step = first.get("actionStepDetails").asArray().get(0).asObject();
        assertThat(step.getInt("id", 0)).isEqualTo(vetStep);
        assertThat(step.getString("title", null)).isEqualTo("Train mentors");
        assertThat(step.getString("status", null)).isEqualTo("NOT_STARTED");
        assertThat(step.getString("statusLabel", null)).isEqualTo("Nicht begonnen");
    }

    @Test
    void theStepPickerListsThePlansOfTheSpaceWithTheirStepsInWords() {
        RestClient.Reply reply = ana.as("viewer").get("/engagements/step-choices?spaceKey=VET");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject plan = reply.json().get("plans").asArray().values().stream().map(v -> v.asObject())
                .filter(p -> "Berufskolleg".equals(p.getString("institution", null))).findFirst().orElseThrow();
        JsonObject step = plan.get("steps").asArray().get(0).asObject();
        assertThat(step.getInt("id", 0)).isEqualTo(vetStep);
        assertThat(step.getString("title", null)).isEqualTo("Train mentors");
        assertThat(step.getString("statusLabel", null)).isEqualTo("Not started");
        assertThat(reply.body()).doesNotContain("Elsewhere College");
        assertThat(ana.as("outsider").get("/engagements/step-choices?spaceKey=VET").status()).isEqualTo(403);
        assertThat(ana.get("/engagements/step-choices").error("spaceKey")).isNotBlank();
    }

    @Test
    void aStaleEngagementEditKeepsTheStoredOneAndAnswersWithIt() {
        int company = newStakeholder("Engaged Company", "company", "local");
        int id = ana.post("/engagements", engagement(company).toString()).json().getInt("id", 0);
        assertThat(ana.put("/engagements/" + id, "{\"topic\": \"Agreed topic\", \"version\": 0}").status())
                .isEqualTo(200);

        RestClient.Reply stale = ana.as("jan").put("/engagements/" + id, "{\"topic\": \"Other\", \"version\": 0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.at("current", "topic").asString()).isEqualTo("Agreed topic");
        assertThat(ana.delete("/engagements/" + id + "?version=1").status()).isEqualTo(204);
    }

    @Test
    void theMapViewIsTheMacrosHtml() {
        newStakeholder("View Chamber", "chamber", "eu");

        RestClient.Reply view = ana.get("/stakeholders/view?spaceKey=VET", "text/html");

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("View Chamber").contains("data-editable=\"true\"");
        assertThat(ana.as("viewer").get("/stakeholders/view?spaceKey=VET", "text/html").body())
                .doesNotContain("data-editable");
    }

    private static int statementsOf(Runnable request) {
        try (SqlCounter sql = SqlCounter.on(testApp.entityManager)) {
            request.run();
            return sql.count();
        }
    }

    private static int newStakeholder(String organisation, String type, String level) {
        return ana.post("/stakeholders", stakeholder("VET", organisation, type, level, "DE").toString()).json()
                .getInt("id", 0);
    }

    private static JsonObject stakeholder(String space, String organisation, String type, String level,
                                          String country) {
        return Json.object().add("spaceKey", space).add("organisation", organisation).add("type", type)
                .add("level", level).add("country", country);
    }

    private static JsonObject contact(String name, String consentDate) {
        return Json.object().add("name", name).add("role", "Head of training").add("email", "jana@example.eu")
                .add("consent", Json.object().add("givenBy", name).add("date", consentDate)
                        .add("purpose", "Invitations to project workshops"));
    }

    private static JsonObject engagement(int... stakeholders) {
        JsonArray ids = Json.array();
        for (int id : stakeholders) {
            ids.add(id);
        }
        return Json.object().add("spaceKey", "VET").add("date", "2026-10-05").add("stakeholders", ids)
                .add("format", "workshop").add("topic", "Mentor training");
    }

    private static long practice(long pageId, String space, String title, String registrar) {
        testApp.confluence.addPage(pageId, space, title);
        testApp.confluence.logIn(registrar);
        try {
            testApp.app.bean(PracticeService.class).register(pageId, space, title, new PracticeInput(null, null,
                    null, null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null,
                    null));
        } finally {
            testApp.confluence.logOut();
        }
        return pageId;
    }

    private static int step(String space, String editor, String institution) {
        testApp.confluence.logIn(editor);
        try {
            ActionPlanService plans = testApp.app.bean(ActionPlanService.class);
            ActionPlan plan = plans.createPlan(new PlanInput(space, institution, "DE", editor, null, null));
            return plans.createStep(plan.id(), new StepInput("Train mentors", null, null, null, null, null, null,
                    null, List.of(), null, null, null)).id();
        } finally {
            testApp.confluence.logOut();
        }
    }
}
