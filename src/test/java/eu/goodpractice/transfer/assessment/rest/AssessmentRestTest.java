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
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assessment REST API over real HTTP, wired from the app's own Spring XML onto real Active Objects (H2): two
 * assessors rating one practice for one country, results as the scoring rules say, conflicts, messages per field,
 * permissions, history, the criteria set and the CSV export.
 */
class AssessmentRestTest {
    private static final AtomicLong PAGE_IDS = new AtomicLong(7000);

    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;
    private static RestClient jan;
    private static PracticeService practices;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(AssessmentResource.class),
                testApp.app.module(CriteriaSetResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        jan = ana.as("jan");
        practices = testApp.app.bean(PracticeService.class);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void twoAssessorsRateAndTheResultFollowsTheScoringRules() {
        long pageId = register("Peer mentoring");
        String path = "/practices/" + pageId + "/assessments/DE";
        assertThat(ana.get(path).json().getInt("version", -1)).isZero();

        // sustainability: ana rates all five 4, jan rates funding-stability 2 (divergent) and partnerships 5
        RestClient.Reply first = ana.put(path + "/ratings", batch(0,
                rating("funding-stability", "4", "Three-year grant", "https://example.org/grant"),
                rating("organisational-capacity", "4", "Two staff", null),
                rating("partnerships", "4", "Chamber on board", null),
                rating("strategy-quality", "4", "In the school plan", null),
                rating("evaluation", "4", "Yearly survey", null)));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("version", -1)).isEqualTo(1);

        RestClient.Reply second = jan.put(path + "/ratings", batch(1,
                rating("funding-stability", "2", "Grant ends next year", null),
                rating("partnerships", "5", "Chamber co-funds it", null),
                rating("leadership", "NA", null, null)));
        assertThat(second.status()).as(second.body()).isEqualTo(200);

        JsonObject assessment = ana.get(path).json();
        assertThat(assessment.getInt("version", -1)).isEqualTo(2);
        assertThat(assessment.getString("countryName", null)).isEqualTo("Germany");
        JsonObject result = assessment.get("result").asObject();
        JsonObject funding = criterion(result, "funding-stability");
        assertThat(funding.getDouble("median", 0)).isEqualTo(3.0);
        assertThat(funding.getInt("spread", 0)).isEqualTo(2);
        assertThat(funding.getBoolean("divergent", false)).isTrue();
        assertThat(criterion(result, "partnerships").getDouble("median", 0)).isEqualTo(4.5);
        assertThat(criterion(result, "partnerships").getBoolean("divergent", true)).isFalse();
        assertThat(criterion(result, "leadership").getBoolean("notApplicable", false)).isTrue();
        // sustainability = (3 + 4 + 4.5 + 4 + 4) / 5 = 3.9; only dimension with a score, so overall 3.9
        assertThat(result.get("dimensions").asArray().get(0).asObject().getDouble("score", 0)).isEqualTo(3.9);
        assertThat(result.getDouble("overall", 0)).isEqualTo(3.9);
        // 5 rated of 19 applicable: below 60 %, no band
        assertThat(result.getInt("rated", 0)).isEqualTo(5);
        assertThat(result.getInt("applicable", 0)).isEqualTo(19);
        assertThat(result.get("band").isNull()).isTrue();
        assertThat(result.getBoolean("complete", true)).isFalse();
        assertThat(result.getDouble("coverage", 0)).isEqualTo(5.0 / 19);
        assertThat(result.get("assessors").asArray()).extracting(v -> v.asObject().getString("displayName", null))
                .containsExactly("Ana Editor", "Jan Editor");
        JsonArray ratings = assessment.get("ratings").asArray();
        assertThat(ratings).hasSize(8);
        JsonObject anasFunding = ratings.values().stream().map(JsonValue::asObject)
                .filter(r -> r.getString("criterion", "").equals("funding-stability")
                        && r.get("assessor").asObject().getString("username", "").equals("ana"))
                .findFirst().orElseThrow();
        assertThat(anasFunding.getString("evidenceUrl", null)).isEqualTo("https://example.org/grant");
        assertThat(anasFunding.getString("rationale", null)).isEqualTo("Three-year grant");

        JsonArray list = Json.parse(ana.get("/practices/" + pageId + "/assessments").body()).asArray();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).asObject().getString("country", null)).isEqualTo("DE");
        assertThat(list.get(0).asObject().get("result").asObject().getDouble("overall", 0)).isEqualTo(3.9);
    }

    @Test
    void aFullBatchFromBothAssessorsShowsTheBand() {
        long pageId = register("Complete assessment");
        String path = "/practices/" + pageId + "/assessments/pl";
        List<String> criteria = criteriaKeys();
        JsonArray anas = Json.array();
        JsonArray jans = Json.array();
        for (int i = 0; i < criteria.size(); i++) {
            anas.add(rating(criteria.get(i), "4", "Reason " + i, null));
            jans.add(rating(criteria.get(i), i < 12 ? "4" : "3", "Reason " + i, null));
        }
        assertThat(ana.put(path + "/ratings", Json.object().add("version", 0).add("ratings", anas).toString())
                .status()).isEqualTo(200);
        JsonObject result = jan.put(path + "/ratings", Json.object().add("version", 1).add("ratings", jans)
                .toString()).json().get("result").asObject();

        // sustainability and usability 4.0, anchoring (4,4,3.5,3.5,3.5) = 3.7, framework 3.5 -> (4+4+3.7+3.5)/4 = 3.8
        assertThat(result.getDouble("overall", 0)).isEqualTo(3.8);
        assertThat(result.getString("band", null)).isEqualTo("ADAPTATION");
        assertThat(result.getDouble("coverage", 0)).isEqualTo(1.0);
        assertThat(ana.get("/practices/" + pageId + "/assessments/PL").json().getString("country", null))
                .isEqualTo("PL");
    }

    @Test
    void aStaleBatchIsRefusedWithTheCurrentStateAndKeepsTheOtherAssessorsRatings() {
        long pageId = register("Concurrent ratings");
        String path = "/practices/" + pageId + "/assessments/FR";
        assertThat(ana.put(path + "/ratings", batch(0, rating("leadership", "4", "Dean supports it", null)))
                .status()).isEqualTo(200);

        RestClient.Reply stale = jan.put(path + "/ratings", batch(0, rating("leadership", "1", "Old view", null)));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("message", null)).startsWith("Someone else changed this meanwhile.");
        assertThat(stale.at("current", "version").asInt()).isEqualTo(1);
        assertThat(stale.at("current", "ratings").asArray()).hasSize(1);
        assertThat(stale.at("current", "ratings").asArray().get(0).asObject().getString("rationale", null))
                .isEqualTo("Dean supports it");
        assertThat(ana.get(path).json().get("ratings").asArray()).hasSize(1);
    }

    @Test
    void invalidRatingsGetOneMessagePerFieldAndNothingIsStored() {
        long pageId = register("Invalid ratings");
        String path = "/practices/" + pageId + "/assessments/DE";

        RestClient.Reply reply = ana.put(path + "/ratings", batch(0,
                rating("leadership", "4", null, null),
                rating("no-such-criterion", "9", "Why", "ftp://example.org")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("ratings[0].rationale")).isEqualTo("Please fill in this field.");
        assertThat(reply.error("ratings[1].criterion")).contains("no-such-criterion");
        assertThat(reply.error("ratings[1].value")).isEqualTo("\u201c9\u201d is not one of the offered choices.");
        assertThat(reply.error("ratings[1].evidenceUrl")).contains("ftp://example.org").contains("https://");
        assertThat(ana.put(path + "/ratings", "{\"version\": 0}").error("ratings")).isEqualTo("Please fill in this field.");
        assertThat(ana.put(path + "/ratings", "{\"version\": 0, \"ratings\": 3}").error("ratings")).isNotBlank();
        assertThat(ana.put(path + "/ratings", Json.object().add("ratings", Json.array()).toString())
                .error("version")).isNotBlank();
        assertThat(ana.get("/practices/" + pageId + "/assessments/XX").error("country")).contains("XX");
        assertThat(ana.get(path).json().getInt("version", -1)).isZero();
        assertThat(ana.get(path + "/history").body()).isEqualTo("[]");
    }

    @Test
    void viewersReadButDoNotRateAndOutsidersDoNotRead() {
        long pageId = register("Permission practice");
        String path = "/practices/" + pageId + "/assessments/DE";
        RestClient viewer = ana.as("viewer");
        RestClient outsider = ana.as("outsider");

        assertThat(viewer.get(path).status()).isEqualTo(200);
        assertThat(viewer.put(path + "/ratings", batch(0, rating("leadership", "4", "Yes", null))).status())
                .isEqualTo(403);
        assertThat(outsider.get(path).status()).isEqualTo(403);
        assertThat(outsider.get("/practices/" + pageId + "/assessments").status()).isEqualTo(403);
        assertThat(outsider.get(path + "/history").status()).isEqualTo(403);
        assertThat(ana.as(null).put(path + "/ratings", batch(0, rating("leadership", "4", "Yes", null))).status())
                .isIn(401, 403);
        assertThat(ana.get("/practices/999999/assessments/DE").status()).isEqualTo(404);
    }

    @Test
    void theHistoryRecordsEveryChangeWithOldAndNewValues() {
        long pageId = register("History practice");
        String path = "/practices/" + pageId + "/assessments/DE";
        ana.put(path + "/ratings", batch(0, rating("leadership", "3", "Unsure", null),
                rating("curricula", "2", "Not yet", null)));
        ana.put(path + "/ratings", batch(1, rating("leadership", "5", "Dean signed", null)));

        JsonArray history = Json.parse(ana.get(path + "/history").body()).asArray();

        assertThat(history).hasSize(4);
        JsonObject changed = history.get(2).asObject();
        assertThat(changed.getString("criterion", null)).isEqualTo("leadership");
        assertThat(changed.getString("oldValue", null)).isEqualTo("3");
        assertThat(changed.getString("newValue", null)).isEqualTo("5");
        assertThat(changed.getString("rationale", null)).isEqualTo("Dean signed");
        assertThat(changed.get("assessor").asObject().getString("displayName", null)).isEqualTo("Ana Editor");
        assertThat(history.get(3).asObject().get("newValue").isNull()).as("curricula removed").isTrue();
    }

    @Test
    void theCriteriaSetComesWithTextsInTheReadersLanguage() {
        RestClient.Reply set = ana.get("/criteria-sets?space=VET");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject json = set.json();
        assertThat(json.getString("key", null)).isEqualTo("vet-transfer");
        JsonObject sustainability = json.get("dimensions").asArray().get(0).asObject();
        assertThat(sustainability.getString("name", null)).isEqualTo("Sustainability");
        JsonObject criterion = sustainability.get("criteria").asArray().get(0).asObject();
        assertThat(criterion.getString("key", null)).isEqualTo("funding-stability");
        assertThat(criterion.getString("question", null)).isNotBlank().doesNotStartWith("transfer.");
        assertThat(criterion.get("levels").asArray()).hasSize(5);
        assertThat(json.get("rules").asObject().getDouble("minimumCoverage", 0)).isEqualTo(0.6);
        assertThat(ana.in("de").get("/criteria-sets?space=VET").json().get("dimensions").asArray().get(0).asObject()
                .getString("name", null)).isNotEqualTo("Sustainability");
        assertThat(ana.get("/criteria-sets?space=").error("space")).isEqualTo("Please fill in this field.");
        assertThat(ana.as("outsider").get("/criteria-sets?space=VET").status()).isEqualTo(403);
    }

    @Test
    void theCsvHoldsEveryRatingWithQuotedText() {
        long pageId = register("CSV practice");
        String path = "/practices/" + pageId + "/assessments/DE";
        ana.put(path + "/ratings", batch(0, rating("leadership", "4", "Dean, board \"and\" staff\nagree",
                "https://example.org/a")));
        jan.put(path + "/ratings", batch(1, rating("curricula", "DK", "=SUM(A1)", null)));

        RestClient.Reply csv = ana.get(path + "/ratings.csv", "text/csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(csv.body()).startsWith("\uFEFFcountry,criterion,dimension,assessor,value,rationale,evidence,updated\r\n");
        assertThat(csv.body()).contains("DE,leadership,anchoring,Ana Editor,4,"
                + "\"Dean, board \"\"and\"\" staff\nagree\",https://example.org/a,");
        assertThat(csv.body()).contains("DE,curricula,anchoring,Jan Editor,DK,'=SUM(A1),,");
        assertThat(csv.body().split("\r\n")).hasSize(3);
        assertThat(ana.as("outsider").get(path + "/ratings.csv", "text/csv").status()).isEqualTo(403);
    }

    /* helpers */

    private static long register(String title) {
        long pageId = PAGE_IDS.incrementAndGet();
        testApp.confluence.addPage(pageId, "VET", title);
        testApp.confluence.logIn("ana");
        try {
            practices.register(pageId, "VET", title, new PracticeInput(null, null, null, null, null, null, List.of(),
                    List.of(), null, null, null, null, null, null, null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
        return pageId;
    }

    private static List<String> criteriaKeys() {
        return List.of("funding-stability", "organisational-capacity", "partnerships", "strategy-quality",
                "evaluation", "documentation", "essential-elements", "resources-needed", "evidence", "relevance",
                "leadership", "curricula", "staff-competence", "routines", "monitoring", "vet-system-fit",
                "funding-opportunities", "social-partners", "digital-infrastructure", "language-culture");
    }

    private static JsonObject criterion(JsonObject result, String key) {
        return result.get("criteria").asArray().values().stream().map(JsonValue::asObject)
                .filter(c -> c.getString("criterion", "").equals(key)).findFirst().orElseThrow();
    }

    private static String batch(int version, JsonObject... ratings) {
        JsonArray list = Json.array();
        for (JsonObject rating : ratings) {
            list.add(rating);
        }
        return Json.object().add("version", version).add("ratings", list).toString();
    }

    private static JsonObject rating(String criterion, String value, String rationale, String evidenceUrl) {
        JsonObject rating = Json.object().add("criterion", criterion).add("value", value);
        if (rationale != null) {
            rating.add("rationale", rationale);
        }
        if (evidenceUrl != null) {
            rating.add("evidenceUrl", evidenceUrl);
        }
        return rating;
    }
}
