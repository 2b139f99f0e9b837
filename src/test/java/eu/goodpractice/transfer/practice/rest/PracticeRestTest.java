package eu.goodpractice.transfer.practice.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The practice registry's REST API over real HTTP, wired from the app's own Spring XML onto real Active Objects (H2):
 * filters and paging, profile edits with messages per field and optimistic locking, the status lifecycle with its
 * roles, the space's vocabularies and the coordinators' group, as a client sees them.
 */
class PracticeRestTest {
    private static final AtomicLong PAGE_IDS = new AtomicLong(5000);

    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;
    private static PracticeService practices;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(PracticeResource.class),
                testApp.app.module(VocabularyResource.class), testApp.app.module(PracticeSettingsResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        practices = testApp.app.bean(PracticeService.class);
        // a space of its own for the list tests, so their counts do not depend on the other tests
        testApp.confluence.addSpace("REG", "Registry");
        testApp.confluence.grant("REG", "ana", "VIEWSPACE", "EDITSPACE");
        testApp.confluence.grant("REG", "jan", "VIEWSPACE", "EDITSPACE");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void theListFiltersAndPagesWhatTheReaderMayView() {
        register("REG", "Apprenticeship coaching", "ana", profile("DE", "work-based-learning", "3", "4"));
        register("REG", "Digital badges", "ana", profile("FR", "digital-skills", "5"));
        register("REG", "Green workshop", "ana", profile("PL", "green-skills", "4"));
        register("REG", "Secret pilot", "jan", profile("DE", "work-based-learning", "6"), "jan");
        register("OTHER", "Outsider practice", "outsider", profile("NL", "inclusion", "4"));

        RestClient.Reply all = ana.get("/practices?space=REG");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(titles(all)).containsExactly("Apprenticeship coaching", "Digital badges", "Green workshop");
        assertThat(all.at("total").asInt()).isEqualTo(3);
        assertThat(titles(ana.as("jan").get("/practices?space=REG"))).contains("Secret pilot");

        assertThat(titles(ana.get("/practices?space=REG&country=de"))).containsExactly("Apprenticeship coaching");
        assertThat(titles(ana.get("/practices?space=REG&theme=digital-skills"))).containsExactly("Digital badges");
        assertThat(titles(ana.get("/practices?space=REG&eqf=4"))).containsExactly("Apprenticeship coaching",
                "Green workshop");
        assertThat(titles(ana.get("/practices?space=REG&text=BADGES"))).containsExactly("Digital badges");
        assertThat(titles(ana.get("/practices?space=REG&status=Draft"))).hasSize(3);
        assertThat(titles(ana.get("/practices?space=REG&status=in-transfer"))).isEmpty();

        RestClient.Reply page = ana.get("/practices?space=REG&eqf=4&start=1&limit=1");
        assertThat(page.json().getInt("start", -1)).isEqualTo(1);
        assertThat(page.json().getInt("limit", -1)).isEqualTo(1);
        assertThat(page.json().getInt("size", -1)).isEqualTo(1);
        assertThat(page.json().getInt("total", -1)).isEqualTo(2);
        assertThat(titles(page)).containsExactly("Green workshop");

        assertThat(titles(ana.get("/practices?space=REG,VET"))).contains("Green workshop");
        assertThat(titles(ana.get("/practices?space=REG&space=VET"))).contains("Green workshop");
        assertThat(titles(ana.get("/practices?limit=200"))).contains("Green workshop")
                .doesNotContain("Outsider practice", "Secret pilot");
        assertThat(titles(ana.get("/practices?space=all&limit=200"))).contains("Green workshop")
                .doesNotContain("Outsider practice");
        assertThat(ana.get("/practices?space=OTHER").status()).isEqualTo(403);
        assertThat(ana.as(null).get("/practices?space=REG").status()).isEqualTo(403);
        assertThat(titles(ana.as(null).get("/practices"))).isEmpty();
    }

    @Test
    void invalidFiltersGetOneMessagePerParameter() {
        RestClient.Reply reply = ana.get("/practices?country=XX&status=finished&eqf=9&limit=abc");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("country")).contains("XX").contains("country code");
        assertThat(reply.error("status")).isEqualTo("\u201cfinished\u201d is not one of the offered choices.");
        assertThat(reply.error("eqf")).contains("9").contains("EQF");
        assertThat(reply.error("limit")).contains("abc");
        assertThat(ana.get("/practices?eqf=level").error("eqf")).contains("level");
        assertThat(ana.get("/practices?limit=5000").status()).isEqualTo(400);
    }

    @Test
    void anEditorUpdatesTheProfileAndReadsItBackWithLabels() {
        long pageId = register("VET", "Mentoring in the workplace", "ana", empty());
        String path = "/practices/" + pageId;
        assertThat(ana.get(path).json().getInt("version", -1)).isZero();

        RestClient.Reply updated = ana.put(path, fullProfile().add("version", 0).toString());

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonObject practice = updated.json();
        assertThat(practice.getLong("pageId", 0)).isEqualTo(pageId);
        assertThat(practice.getString("spaceKey", null)).isEqualTo("VET");
        assertThat(practice.getString("title", null)).isEqualTo("Mentoring in the workplace");
        assertThat(practice.getString("country", null)).isEqualTo("DE");
        assertThat(practice.getString("countryName", null)).isEqualTo("Germany");
        assertThat(practice.getString("theme", null)).isEqualTo("inclusion");
        assertThat(practice.getString("themeLabel", null)).isEqualTo("Inclusion and equal opportunities");
        assertThat(practice.get("targetGroups").asArray().get(1).asObject().getString("label", null))
                .isEqualTo("Adult learners");
        assertThat(practice.get("targetGroups").toString())
                .isEqualTo("[{\"key\":\"apprentices\",\"label\":\"Apprentices\"},"
                        + "{\"key\":\"adult-learners\",\"label\":\"Adult learners\"}]");
        assertThat(practice.get("eqfLevels").toString()).isEqualTo("[3,4]");
        assertThat(practice.getString("innovationType", null)).isEqualTo("DIGITAL");
        assertThat(practice.getString("startDate", null)).isEqualTo("2025-01-01");
        assertThat(practice.getString("endDate", null)).isEqualTo("2025-12-31");
        assertThat(practice.getBoolean("ongoing", true)).isFalse();
        assertThat(practice.getString("language", null)).isEqualTo("de");
        assertThat(practice.getString("status", null)).isEqualTo("DRAFT");
        assertThat(practice.getBoolean("trashed", true)).isFalse();
        assertThat(practice.get("history").asArray()).isEmpty();
        assertThat(strings(practice.get("transitions"))).containsExactly("SUBMIT");
        assertThat(practice.get("updatedBy").asObject().getString("displayName", null)).isEqualTo("Ana Editor");
        assertThat(practice.getInt("version", -1)).isEqualTo(1);

        RestClient.Reply german = ana.in("de").get(path);
        assertThat(german.json().getString("countryName", null)).isEqualTo("Deutschland");
        assertThat(strings(ana.as("viewer").get(path).json().get("transitions"))).isEmpty();

        // what a client read can be sent back as it is: lists of {key, label}, numbers, booleans
        JsonObject roundTrip = ana.get(path).json();
        assertThat(ana.put(path, roundTrip.toString()).status()).isEqualTo(200);
    }

    @Test
    void anInvalidProfileGetsOneMessagePerFieldAndIsNotStored() {
        long pageId = register("VET", "Invalid profile", "ana", empty());
        String path = "/practices/" + pageId;

        RestClient.Reply reply = ana.put(path, fullProfile().set("eqfLevels", Json.array(3, 9))
                .set("theme", "underwater-basket-weaving").set("country", "XX")
                .set("startDate", "2025-06-01").set("endDate", "2025-01-31").add("version", 0).toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("eqfLevels")).isEqualTo("\u201c9\u201d is not an EQF level; levels go from 1 to 8.");
        assertThat(reply.error("theme")).contains("underwater-basket-weaving");
        assertThat(reply.error("country")).contains("XX");
        assertThat(reply.error("endDate")).isEqualTo("The end date lies before the start date.");
        JsonObject stored = ana.get(path).json();
        assertThat(stored.getInt("version", -1)).isZero();
        assertThat(stored.get("country").isNull()).isTrue();

        RestClient.Reply noVersion = ana.put(path, fullProfile().toString());
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.error("version")).isNotBlank();
        assertThat(ana.put(path, "{\"summary\": ").error("body")).contains("not valid JSON");
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentPractice() {
        long pageId = register("VET", "Concurrent practice", "ana", empty());
        String path = "/practices/" + pageId;

        RestClient.Reply anasEdit = ana.put(path, fullProfile().set("summary", "Ana's summary").add("version", 0)
                .toString());
        RestClient.Reply jansEdit = ana.as("jan").put(path, fullProfile().set("summary", "Jan's summary")
                .add("version", 0).toString());

        assertThat(anasEdit.status()).isEqualTo(200);
        assertThat(jansEdit.status()).isEqualTo(409);
        assertThat(jansEdit.json().getString("message", null)).startsWith("Someone else changed this meanwhile.");
        assertThat(jansEdit.at("current", "summary").asString()).isEqualTo("Ana's summary");
        assertThat(jansEdit.at("current", "version").asInt()).isEqualTo(1);
        assertThat(ana.get(path).json().getString("summary", null)).isEqualTo("Ana's summary");
    }

    @Test
    void permissionsDecideWhoReadsAndWhoEdits() {
        long pageId = register("VET", "Permission practice", "ana", empty());
        String path = "/practices/" + pageId;
        String edit = fullProfile().add("version", 0).toString();

        assertThat(ana.as(null).put(path, edit).status()).isEqualTo(401);
        RestClient.Reply viewer = ana.as("viewer").put(path, edit);
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json().getString("message", null))
                .isEqualTo("You do not have permission to edit in this space.");
        assertThat(ana.as("viewer").get(path).status()).isEqualTo(200);
        assertThat(ana.as("outsider").get(path).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get(path + "/transitions").status()).isEqualTo(403);
        assertThat(ana.as(null).get(path).status()).isEqualTo(403);

        long restricted = register("VET", "Restricted practice", "jan", empty(), "jan");
        assertThat(ana.get("/practices/" + restricted).status()).isEqualTo(403);
        assertThat(ana.as("jan").get("/practices/" + restricted).status()).isEqualTo(200);

        RestClient.Reply missing = ana.get("/practices/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getString("message", null)).isEqualTo("There is no practice on this page.");
    }

    @Test
    void aPracticeGoesThroughReviewAndItsHistorySaysWhoWhenAndWhy() {
        long pageId = register("VET", "Praxisnahe Ausbildung", "ana", germanProfile());
        String path = "/practices/" + pageId;
        String transitions = path + "/transitions";

        RestClient.Reply incomplete = ana.post(transitions, "{\"transition\": \"SUBMIT\"}");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.error("englishSummary"))
                .isEqualTo("Please fill in this field before submitting the practice for review.");
        assertThat(ana.get(path).json().getString("status", null)).isEqualTo("DRAFT");

        JsonObject withEnglish = germanProfileJson("Learning close to practice in small companies.")
                .add("version", 0);
        assertThat(ana.put(path, withEnglish.toString()).status()).isEqualTo(200);
        RestClient.Reply submitted = ana.post(transitions, "{\"transition\": \"submit\"}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status", null)).isEqualTo("SUBMITTED");
        assertThat(strings(submitted.json().get("transitions"))).isEmpty();

        RestClient.Reply byEditor = ana.post(transitions, "{\"transition\": \"VALIDATE\"}");
        assertThat(byEditor.status()).isEqualTo(403);
        assertThat(byEditor.json().getString("message", null))
                .isEqualTo("Only the working group\u2019s coordinators may do this.");

        RestClient coordinator = ana.as("coordinator");
        assertThat(strings(coordinator.get(path).json().get("transitions")))
                .containsExactly("VALIDATE", "RETURN", "ARCHIVE");
        RestClient.Reply noReason = coordinator.post(transitions, "{\"transition\": \"return\", \"comment\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.error("comment")).isEqualTo("Please say why, so the author knows what to change.");
        assertThat(coordinator.post(transitions, "{\"transition\": \"publish\"}").error("transition"))
                .contains("publish");

        Instant before = Instant.now().minusSeconds(1);
        RestClient.Reply validated = coordinator.post(transitions,
                "{\"transition\": \"Validate\", \"comment\": \"Clear and ready to transfer.\"}");
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat(validated.json().getString("status", null)).isEqualTo("VALIDATED");

        JsonArray history = ana.as("viewer").get(transitions).at().asArray();
        assertThat(history.size()).isEqualTo(2);
        JsonObject submit = history.get(0).asObject();
        assertThat(submit.getString("transition", null)).isEqualTo("SUBMIT");
        assertThat(submit.getString("from", null)).isEqualTo("DRAFT");
        assertThat(submit.getString("to", null)).isEqualTo("SUBMITTED");
        assertThat(submit.get("actor").asObject().getString("username", null)).isEqualTo("ana");
        assertThat(submit.get("comment").isNull()).isTrue();
        JsonObject validate = history.get(1).asObject();
        assertThat(validate.getString("transition", null)).isEqualTo("VALIDATE");
        assertThat(validate.getString("from", null)).isEqualTo("SUBMITTED");
        assertThat(validate.getString("to", null)).isEqualTo("VALIDATED");
        assertThat(validate.get("actor").toString())
                .isEqualTo("{\"key\":\"key-coordinator\",\"username\":\"coordinator\",\"displayName\":\"Chris Coordinator\"}");
        assertThat(Instant.parse(validate.getString("at", null))).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(validate.getString("comment", null)).isEqualTo("Clear and ready to transfer.");
        assertThat(ana.get(path).json().get("history")).isEqualTo(history);
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIsAConflictWithTheCurrentStatus() {
        long pageId = register("VET", "Still a draft", "ana", englishProfile());

        RestClient.Reply reply = ana.as("coordinator").post("/practices/" + pageId + "/transitions",
                "{\"transition\": \"VALIDATE\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.at("current", "status").asString()).isEqualTo("DRAFT");
        assertThat(reply.at("current", "pageId").asLong()).isEqualTo(pageId);
        assertThat(reply.at("current", "history").asArray()).isEmpty();
        assertThat(ana.post("/practices/" + pageId + "/transitions", "{}").error("transition"))
                .isEqualTo("Please fill in this field.");
    }

    @Test
    void readersSeeTheVocabulariesAndOnlySpaceAdministratorsChangeThem() {
        RestClient viewer = ana.as("viewer");
        JsonObject vocabularies = viewer.get("/vocabularies?space=VET").json();
        JsonArray themes = vocabularies.get("theme").asArray();
        assertThat(themes.size()).isEqualTo(VocabularyKind.THEME.shippedTerms().size());
        assertThat(themes.get(0).toString()).isEqualTo("{\"key\":\"work-based-learning\",\"label\":"
                + "\"Work-based learning and apprenticeships\",\"retired\":false,\"custom\":false,\"shipped\":true}");
        assertThat(vocabularies.get("targetGroup").asArray().get(0).asObject().getString("label", null))
                .isEqualTo("Apprentices");

        // German labels come from the German bundle (English until it is translated)
        ResourceBundle german = ResourceBundle.getBundle("i18n/practice-transfer", Locale.GERMAN,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        JsonArray germanThemes = viewer.in("de").get("/vocabularies?space=VET").at("theme").asArray();
        for (JsonValue term : germanThemes) {
            String key = term.asObject().getString("key", null);
            assertThat(term.asObject().getString("label", null))
                    .isEqualTo(german.getString(VocabularyKind.THEME.labelKey(key)));
        }

        assertThat(ana.as("outsider").get("/vocabularies?space=VET").status()).isEqualTo(403);
        assertThat(viewer.get("/vocabularies").error("space")).isEqualTo("Please fill in this field.");

        JsonArray terms = Json.array();
        for (JsonValue term : themes) {
            JsonObject sent = Json.object().add("key", term.asObject().get("key"))
                    .add("label", term.asObject().get("label"));
            terms.add(term.asObject().getString("key", "").equals("guidance") ? sent.add("retired", true) : sent);
        }
        terms.add(Json.object().add("label", "Dual study programmes"));
        String body = Json.object().add("terms", terms).toString();

        RestClient.Reply byEditor = ana.put("/vocabularies/theme?space=VET", body);
        assertThat(byEditor.status()).isEqualTo(403);
        assertThat(byEditor.json().getString("message", null))
                .isEqualTo("Only administrators of this space may change this.");

        RestClient.Reply changed = ana.as("coordinator").put("/vocabularies/theme?space=VET", body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonArray after = viewer.get("/vocabularies?space=VET").at("theme").asArray();
        assertThat(changed.at("terms")).isEqualTo(after);
        assertThat(term(after, "guidance").getBoolean("retired", false)).isTrue();
        assertThat(term(after, "guidance").getString("label", null)).isEqualTo("Career guidance");
        assertThat(term(after, "dual-study-programmes").toString()).isEqualTo("{\"key\":\"dual-study-programmes\","
                + "\"label\":\"Dual study programmes\",\"retired\":false,\"custom\":true,\"shipped\":false}");
        // shipped terms sent back under their shown names keep following the translations
        assertThat(term(after, "inclusion").getBoolean("custom", true)).isFalse();

        long pageId = register("VET", "Dual study", "ana", empty());
        RestClient.Reply practice = ana.put("/practices/" + pageId,
                fullProfile().set("theme", "dual-study-programmes").add("version", 0).toString());
        assertThat(practice.json().getString("themeLabel", null)).isEqualTo("Dual study programmes");

        assertThat(ana.as("coordinator").put("/vocabularies/colours?space=VET", body).error("kind"))
                .contains("colours");
        assertThat(ana.as("coordinator").put("/vocabularies/target-group?space=VET", "{}").error("terms"))
                .isEqualTo("Please fill in this field.");
        assertThat(ana.as("coordinator").put("/vocabularies/target-group?space=VET",
                "{\"terms\": [{\"label\": \" \"}]}").error("terms")).isNotBlank();
        assertThat(viewer.get("/vocabularies?space=VET").at("targetGroup").asArray().size())
                .isEqualTo(VocabularyKind.TARGET_GROUP.shippedTerms().size());
    }

    @Test
    void aNamedCoordinatorGroupMakesItsMembersCoordinators() {
        testApp.confluence.addToGroup("jan", "vet-coordinators");
        long pageId = register("VET", "Coordinated practice", "ana", englishProfile());
        String path = "/practices/" + pageId;
        assertThat(ana.post(path + "/transitions", "{\"transition\": \"SUBMIT\"}").status()).isEqualTo(200);
        RestClient jan = ana.as("jan");

        assertThat(ana.as("viewer").get("/practice-settings?space=VET").body())
                .isEqualTo("{\"spaceKey\":\"VET\",\"coordinatorGroup\":null}");
        assertThat(strings(jan.get(path).json().get("transitions"))).isEmpty();
        assertThat(jan.post(path + "/transitions", "{\"transition\": \"VALIDATE\"}").status()).isEqualTo(403);
        String group = "{\"coordinatorGroup\": \"vet-coordinators\"}";
        assertThat(ana.put("/practice-settings?space=VET", group).status()).isEqualTo(403);
        assertThat(ana.as("outsider").get("/practice-settings?space=VET").status()).isEqualTo(403);

        RestClient.Reply named = ana.as("coordinator").put("/practice-settings?space=VET", group);

        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.json().getString("coordinatorGroup", null)).isEqualTo("vet-coordinators");
        assertThat(ana.as("viewer").get("/practice-settings?space=VET").json().getString("coordinatorGroup", null))
                .isEqualTo("vet-coordinators");
        assertThat(strings(jan.get(path).json().get("transitions"))).containsExactly("VALIDATE", "RETURN", "ARCHIVE");
        assertThat(strings(ana.get(path).json().get("transitions"))).isEmpty();
        assertThat(jan.post(path + "/transitions", "{\"transition\": \"VALIDATE\"}").status()).isEqualTo(200);

        RestClient.Reply tooLong = ana.as("coordinator").put("/practice-settings?space=VET",
                Json.object().add("coordinatorGroup", "g".repeat(300)).toString());
        assertThat(tooLong.error("coordinatorGroup")).contains("255");
        RestClient.Reply cleared = ana.as("coordinator").put("/practice-settings?space=VET",
                "{\"coordinatorGroup\": null}");
        assertThat(cleared.json().get("coordinatorGroup").isNull()).isTrue();
        assertThat(jan.get("/practice-settings").error("space")).isEqualTo("Please fill in this field.");
    }

    /* helpers */

    /** Registers a practice on a new page as the page's event would, as {@code registrar}; viewers restrict it. */
    private static long register(String space, String title, String registrar, PracticeInput input,
                                 String... viewers) {
        long pageId = PAGE_IDS.incrementAndGet();
        testApp.confluence.addPage(pageId, space, title, viewers);
        testApp.confluence.logIn(registrar);
        try {
            practices.register(pageId, space, title, input);
        } finally {
            testApp.confluence.logOut();
        }
        return pageId;
    }

    private static PracticeInput empty() {
        return input(null, null, null, null, List.of(), List.of(), null, null);
    }

    private static PracticeInput profile(String country, String theme, String... eqfLevels) {
        return input("A summary", "An institution", country, theme, List.of("apprentices"), List.of(eqfLevels), "en",
                null);
    }

    private static PracticeInput englishProfile() {
        return input("Apprentices coach each other.", "Berufskolleg Nord", "DE", "work-based-learning",
                List.of("apprentices"), List.of("4"), "en", null);
    }

    private static PracticeInput germanProfile() {
        return input("Auszubildende coachen einander.", "Berufskolleg Nord", "DE", "work-based-learning",
                List.of("apprentices"), List.of("4"), "de", null);
    }

    private static JsonObject germanProfileJson(String englishSummary) {
        return Json.object().add("summary", "Auszubildende lernen nah an der Praxis.")
                .add("institution", "Berufskolleg Nord").add("country", "DE").add("theme", "work-based-learning")
                .add("targetGroups", Json.array("apprentices")).add("language", "de")
                .add("englishSummary", englishSummary);
    }

    private static PracticeInput input(String summary, String institution, String country, String theme,
                                       List<String> targetGroups, List<String> eqfLevels, String language,
                                       String englishSummary) {
        return new PracticeInput(null, summary, institution, country, null, theme, targetGroups, eqfLevels, null,
                null, null, null, null, language, englishSummary, null, null);
    }

    private static JsonObject fullProfile() {
        return Json.object()
                .add("summary", "Experienced workers mentor apprentices in their first year.")
                .add("institution", "Berufskolleg Nord")
                .add("country", "de")
                .add("region", "Nordrhein-Westfalen")
                .add("theme", "inclusion")
                .add("targetGroups", Json.array().add("apprentices").add(Json.object().add("key", "adult-learners")))
                .add("eqfLevels", Json.array().add(3).add("4"))
                .add("sector", "Metalworking")
                .add("innovationType", "digital")
                .add("startDate", "2025-01-01")
                .add("endDate", "2025-12-31")
                .add("ongoing", false)
                .add("language", "de")
                .add("englishSummary", "Experienced workers mentor apprentices.");
    }

    private static JsonObject term(JsonArray terms, String key) {
        return terms.values().stream().map(JsonValue::asObject).filter(t -> key.equals(t.getString("key", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no term " + key + " in " + terms));
    }

    private static List<String> titles(RestClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.at("results").asArray().values().stream().map(v -> v.asObject().getString("title", null))
                .toList();
    }

    private static List<String> strings(JsonValue array) {
        return array.asArray().values().stream().map(JsonValue::asString).toList();
    }
}
