package eu.goodpractice.transfer.dashboard.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.RatingInput;
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
 * The dashboard REST API over real HTTP, wired from the app's own Spring XML onto real Active Objects (H2): rows
 * with their stored results after a real rating, counts over every match, sorting and paging, the matrix with its
 * totals, per-parameter 400s, and nothing from a space the reader may not view.
 */
class DashboardRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(DashboardResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        register(8001, "VET", "Dual training", "Kammer Nord", "DE", "work-based-learning");
        register(8002, "VET", "Mentoring", "Lycee Sud", "FR", "inclusion");
        register(8003, "VET", "Ateliers", "Lycee Est", "FR", "work-based-learning");
        register(8004, "OTHER", "Hidden practice", "Secret school", "DE", "work-based-learning");
        rateEverything(8001, "PL", "4");
        rateEverything(8002, "PL", "2");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void rowsCarryTheStoredResultOfARealRatingAndCountsCoverEveryMatch() {
        RestClient.Reply reply = ana.get("/dashboard/practices?spaces=all&limit=2");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject body = reply.json();
        assertThat(body.getInt("total", -1)).isEqualTo(3);
        assertThat(body.getInt("size", -1)).isEqualTo(2);
        assertThat(titles(body)).containsExactly("Ateliers", "Dual training");
        JsonObject dual = body.get("results").asArray().get(1).asObject();
        assertThat(dual.getString("countryName", null)).isEqualTo("Germany");
        assertThat(dual.getString("statusLabel", null)).isNotBlank();
        assertThat(dual.getString("url", null)).contains("8001");
        JsonObject poland = dual.get("readiness").asArray().get(0).asObject();
        assertThat(poland.getString("country", null)).isEqualTo("PL");
        assertThat(poland.getDouble("score", 0)).isEqualTo(4.0);
        assertThat(poland.getString("band", null)).isEqualTo("READY");
        assertThat(poland.getString("bandLabel", null)).isNotBlank();

        JsonObject counts = body.get("counts").asObject();
        assertThat(counts.getInt("practices", -1)).isEqualTo(3);
        assertThat(counts.get("byStatus").asObject().getInt("DRAFT", -1)).isEqualTo(3);
        assertThat(counts.get("byCountry").asObject().getInt("FR", -1)).isEqualTo(2);
        assertThat(counts.get("byBand").asObject().getInt("READY", -1)).isEqualTo(1);
        assertThat(counts.get("byBand").asObject().getInt("GROUNDWORK", -1)).isEqualTo(1);
    }

    @Test
    void filtersSortsAndPagesOnTheServer() {
        JsonObject french = ana.get("/dashboard/practices?country=fr&sort=title&dir=desc").json();
        assertThat(titles(french)).containsExactly("Mentoring", "Ateliers");
        assertThat(french.get("counts").asObject().getInt("practices", -1)).isEqualTo(2);

        JsonObject apprenticeships = ana.get("/dashboard/practices?theme=work-based-learning&sort=institution").json();
        assertThat(titles(apprenticeships)).containsExactly("Dual training", "Ateliers");

        JsonObject second = ana.get("/dashboard/practices?start=1&limit=1").json();
        assertThat(titles(second)).containsExactly("Dual training");
        assertThat(second.getInt("total", -1)).isEqualTo(3);
    }

    @Test
    void aSpaceTheReaderMayNotViewIsLeftOutWithoutAHint() {
        JsonObject named = ana.get("/dashboard/practices?spaces=OTHER").json();
        assertThat(named.getInt("total", -1)).isZero();
        assertThat(named.get("spaces").asArray()).isEmpty();
        assertThat(ana.get("/dashboard/practices?spaces=NO-SUCH-SPACE").json().toString())
                .isEqualTo(named.toString());

        JsonObject mixed = ana.get("/dashboard/practices?spaces=VET,OTHER").json();
        assertThat(titles(mixed)).doesNotContain("Hidden practice").hasSize(3);
        assertThat(mixed.get("counts").asObject().get("byCountry").asObject().getInt("DE", -1)).isEqualTo(1);

        JsonObject outsiders = ana.as("outsider").get("/dashboard/practices").json();
        assertThat(titles(outsiders)).containsExactly("Hidden practice");
        assertThat(outsiders.get("counts").asObject().get("byBand").asObject().getInt("READY", -1)).isZero();
    }

    @Test
    void filtersByAnyOfThePageLabelsKeptFromConfluencesLabelEvents() {
        label(8001, "digital");
        label(8001, "apprenticeship");
        label(8002, "mentoring");
        label(8003, "digital");
        label(8004, "digital");
        testApp.confluence.publish(new LabelRemoveEvent(new Label("digital"), testApp.confluence.getPage(8003)));

        JsonObject digital = ana.get("/dashboard/practices?spaces=all&label=digital").json();
        assertThat(titles(digital)).as("8003 lost it again; 8004 is in a space ana may not view")
                .containsExactly("Dual training");
        assertThat(digital.get("counts").asObject().getInt("practices", -1)).isEqualTo(1);

        JsonObject either = ana.get("/dashboard/practices?label=%20Mentoring%20,digital&sort=title&dir=desc").json();
        assertThat(titles(either)).containsExactly("Mentoring", "Dual training");
        assertThat(ana.get("/dashboard/matrix?label=mentoring").json().toString()).contains("Mentoring")
                .doesNotContain("Dual training");
    }

    @Test
    void aLabelConfluenceWouldRefuseIsNamedInA400() {
        RestClient.Reply reply = ana.get("/dashboard/practices?label=digital,green%20skills");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("label")).contains("green skills");
        assertThat(ana.get("/dashboard/practices?label=a:b").error("label")).contains("a:b");
    }

    @Test
    void badParametersAreAnsweredPerParameter() {
        RestClient.Reply reply = ana.get("/dashboard/practices?country=XX&status=lost&sort=colour&dir=up&limit=0");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error("country")).isNotBlank();
        assertThat(reply.error("status")).contains("lost");
        assertThat(reply.error("sort")).contains("colour");
        assertThat(reply.error("dir")).contains("up");
        assertThat(reply.error("limit")).isNotBlank();
        assertThat(ana.get("/dashboard/matrix?start=-1").error("start")).isNotBlank();
    }

    @Test
    void theMatrixHasACellPerAssessedCountryAndTotalsBothWays() {
        JsonObject matrix = ana.get("/dashboard/matrix").json();

        assertThat(matrix.get("countries").asArray()).extracting(c -> c.asObject().getString("code", null))
                .containsExactly("PL");
        JsonObject dual = row(matrix, "Dual training");
        assertThat(dual.get("cells").asObject().get("PL").asObject().getString("band", null)).isEqualTo("READY");
        assertThat(dual.getInt("assessedCountries", -1)).isEqualTo(1);
        assertThat(dual.getDouble("meanScore", 0)).isEqualTo(4.0);
        assertThat(row(matrix, "Ateliers").get("cells").asObject().isEmpty()).isTrue();
        JsonObject poland = matrix.get("columnTotals").asObject().get("PL").asObject();
        assertThat(poland.getInt("READY", -1)).isEqualTo(1);
        assertThat(poland.getInt("GROUNDWORK", -1)).isEqualTo(1);
        assertThat(poland.getInt("ADAPTATION", -1)).isZero();
    }

    private static List<String> titles(JsonObject body) {
        return body.get("results").asArray().values().stream()
                .map(v -> v.asObject().getString("title", null)).toList();
    }

    private static JsonObject row(JsonObject matrix, String title) {
        JsonArray rows = matrix.get("rows").asArray();
        return rows.values().stream().map(JsonValue::asObject)
                .filter(r -> r.getString("title", "").equals(title)).findFirst().orElseThrow();
    }

    private static void register(long pageId, String space, String title, String institution, String country,
                                 String theme) {
        testApp.confluence.addPage(pageId, space, title);
        testApp.confluence.logIn(space.equals("VET") ? "ana" : "outsider");
        try {
            testApp.app.bean(PracticeService.class).register(pageId, space, title, new PracticeInput(null, null,
                    institution, country, null, theme, List.of(), List.of(), null, null, null, null, null, null,
                    null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
    }

    /** Labels the page as Confluence's label manager does: the label event tells the app. */
    private static void label(long pageId, String name) {
        testApp.confluence.publish(new LabelAddEvent(new Label(name), testApp.confluence.getPage(pageId)));
    }

    /** Ana rates every criterion of the space's set with one value. */
    private static void rateEverything(long pageId, String country, String value) {
        AssessmentService assessments = testApp.app.bean(AssessmentService.class);
        testApp.confluence.logIn("ana");
        try {
            List<RatingInput> ratings = assessments.criteriaSet("VET").activeCriteria().stream().map(Criterion::key)
                    .map(key -> new RatingInput(key, value, "Reason for " + key, null)).toList();
            assessments.rate(pageId, country, ratings, "0");
        } finally {
            testApp.confluence.logOut();
        }
    }
}
