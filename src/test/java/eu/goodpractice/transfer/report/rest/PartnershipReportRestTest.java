package eu.goodpractice.transfer.report.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.engagement.DisseminationInput;
import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.engagement.EngagementInput;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.export.CsvReader;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partnership report over real HTTP, from data recorded through the features' services on real Active Objects:
 * JSON figures per partner and in total, the same report as CSV and XLSX read back, the partner filter, the period's
 * first and last days, per-parameter 400s, and nothing from a space the reader may not view.
 */
class PartnershipReportRestTest {
    private static final String YEAR = "from=2026-01-01&to=2026-12-31";
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(PartnershipReportResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        testApp.confluence.addPage(8101, "VET", "Dual training");
        testApp.confluence.addPage(8102, "OTHER", "Hidden practice");
        testApp.confluence.logIn("ana");
        testApp.app.bean(PracticeService.class).register(8101, "VET", "Dual training", practice("Kammer", "DE"));
        ActionPlanService plans = testApp.app.bean(ActionPlanService.class);
        ActionPlan kammer = plans.createPlan(new PlanInput("VET", "Kammer Nord", "DE", "ana", null, null));
        plans.createStep(kammer.id(), step("Adopt mentoring rules", "2026-03-01", "done", "8101", "institutionalised"));
        plans.createStep(kammer.id(), step("Train mentors", "2020-05-01", "in_progress", null, null));
        StakeholderService stakeholders = testApp.app.bean(StakeholderService.class);
        Stakeholder chamber = stakeholders.createStakeholder(stakeholder("VET", "Izba Rzemieślnicza", "chamber",
                "regional", "PL"));
        stakeholders.createEngagement(new EngagementInput("VET", "2026-01-01", List.of(String.valueOf(chamber.id())),
                "meeting", "Apprenticeship contracts", null, null, List.of(), List.of(), null, null));
        stakeholders.createEngagement(new EngagementInput("VET", "2025-12-31", List.of(String.valueOf(chamber.id())),
                "meeting", "Last year", null, null, List.of(), List.of(), null, null));
        DisseminationService dissemination = testApp.app.bean(DisseminationService.class);
        dissemination.create(activity("VET", "conference", "2026-12-31", "PL", "120"));
        dissemination.create(activity("VET", "newsletter", "2027-01-01", "PL", "5000"));
        testApp.confluence.logIn("outsider");
        testApp.app.bean(PracticeService.class).register(8102, "OTHER", "Hidden practice", practice("Secret", "FR"));
        testApp.app.bean(DisseminationService.class).create(activity("OTHER", "fair", "2026-06-01", "FR", "999"));
        testApp.confluence.logOut();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void jsonCountsEveryFigurePerPartnerAndInTotal() {
        RestClient.Reply reply = ana.get("/reports/partnership?spaces=all&" + YEAR);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject body = reply.json();
        assertThat(body.getString("from", null)).isEqualTo("2026-01-01");
        assertThat(partners(body)).containsExactly("DE", "PL");
        JsonObject germany = partner(body, "DE");
        assertThat(germany.getString("partnerName", null)).isEqualTo("Germany");
        assertThat(germany.get("practices").asObject().getInt("total", -1)).isEqualTo(1);
        assertThat(germany.get("practices").asObject().get("byStatus").asObject().getInt("DRAFT", -1)).isEqualTo(1);
        assertThat(germany.get("transfers").asObject().getInt("anchored", -1)).isEqualTo(1);
        assertThat(germany.get("transfers").asObject().getInt("inProgress", -1)).isZero();
        assertThat(germany.get("steps").asObject().getInt("completed", -1)).isEqualTo(1);
        assertThat(germany.get("steps").asObject().getInt("overdue", -1)).isEqualTo(1);
        JsonObject poland = partner(body, "PL");
        JsonObject engagement = poland.get("engagements").asObject().get("byTypeAndLevel").asArray().get(0).asObject();
        assertThat(engagement.getString("type", null)).isEqualTo("CHAMBER");
        assertThat(engagement.getString("levelLabel", null)).isEqualTo("Regional");
        assertThat(engagement.getInt("engagements", -1)).as("the day before the period is left out").isEqualTo(1);
        JsonObject dissemination = poland.get("dissemination").asObject();
        assertThat(dissemination.getInt("activities", -1)).as("the last day counts, the day after not").isEqualTo(1);
        assertThat(dissemination.getLong("reach", -1)).isEqualTo(120);
        assertThat(dissemination.get("byType").asArray().get(0).asObject().getString("typeLabel", null))
                .isEqualTo("Conference");
        JsonObject totals = body.get("totals").asObject();
        assertThat(totals.getString("partnerName", null)).isEqualTo("All partners");
        assertThat(totals.get("dissemination").asObject().getLong("reach", -1)).isEqualTo(120);
        assertThat(reply.body()).doesNotContain("999").doesNotContain("FR");
    }

    @Test
    void oneDayPeriodsIncludeTheirDayAndPartnerNarrowsTheReport() {
        JsonObject firstDay = ana.get("/reports/partnership?partner=pl&from=2026-01-01&to=2026-01-01").json();
        assertThat(partners(firstDay)).containsExactly("PL");
        assertThat(partner(firstDay, "PL").get("engagements").asObject().getInt("total", -1)).isEqualTo(1);

        JsonObject nextDay = ana.get("/reports/partnership.json?partner=PL&from=2026-01-02&to=2026-01-02").json();
        assertThat(partners(nextDay)).isEmpty();
    }

    @Test
    void csvHoldsTheSameFiguresAsRowsInTheReadersLanguage() {
        RestClient.Download csv = ana.download("/reports/partnership.csv?" + YEAR);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("partnership-report.csv");
        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        assertThat(records.get(0)).containsExactly("From", "To", "Country code", "Partner", "Figure", "Detail",
                "Number", "Reach");
        assertThat(records).contains(
                List.of("2026-01-01", "2026-12-31", "PL", "Poland", "Dissemination by type with reach", "Conference",
                        "1", "120"),
                List.of("2026-01-01", "2026-12-31", "DE", "Germany", "Transfers anchored", "", "1", ""),
                List.of("2026-01-01", "2026-12-31", "", "All partners", "Stakeholder engagements by type and level",
                        "Chamber, Regional", "1", ""));
        assertThat(csv.textWithoutBom()).doesNotContain("France");

        RestClient.Download polish = ana.in("pl").download("/reports/partnership?format=csv&" + YEAR);
        assertThat(CsvReader.parse(polish.textWithoutBom()).get(0)).startsWith("Od", "Do");
        assertThat(polish.header("Content-Disposition")).contains("raport-partnerstwa.csv");
    }

    @Test
    void xlsxHoldsTheSameRowsWithRealDatesAndNumbers() throws IOException {
        RestClient.Download xlsx = ana.download("/reports/partnership.xlsx?partner=PL&" + YEAR);

        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> figures = new ArrayList<>();
            Row conference = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                figures.add(text(row, 2));
                if ("Conference".equals(text(row, 5)) && "PL".equals(text(row, 2))) {
                    conference = row;
                }
            }
            assertThat(figures).as("Poland's rows, then the same for all partners").containsOnly("PL", "");
            assertThat(conference).isNotNull();
            assertThat(DateUtil.isCellDateFormatted(conference.getCell(0))).isTrue();
            assertThat(conference.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(conference.getCell(7).getNumericCellValue()).isEqualTo(120.0);
        }
    }

    @Test
    void badParametersGetOneMessagePerParameter() {
        RestClient.Reply reply = ana.get("/reports/partnership?partner=XX&from=2026-13-01&to=soon&format=pdf");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").asObject().names())
                .containsExactlyInAnyOrder("partner", "from", "to", "format");
        RestClient.Reply reversed = ana.get("/reports/partnership.csv?from=2026-12-31&to=2026-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.error("to")).isNotBlank();
        assertThat(ana.get("/reports/partnership.json?spaces=VET;DROP").error("spaces")).isNotBlank();
    }

    @Test
    void readersSeeOnlyTheSpacesTheyMayView() {
        JsonObject outsider = ana.as("outsider").get("/reports/partnership?spaces=VET,OTHER&" + YEAR).json();
        assertThat(partners(outsider)).containsExactly("FR");
        assertThat(outsider.get("spaces").asArray().values()).extracting(JsonValue::asString)
                .containsExactly("OTHER");
        JsonObject anonymous = ana.as(null).get("/reports/partnership?" + YEAR).json();
        assertThat(partners(anonymous)).isEmpty();
        assertThat(anonymous.get("totals").asObject().get("practices").asObject().getInt("total", -1)).isZero();
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static List<String> partners(JsonObject body) {
        List<String> codes = new ArrayList<>();
        for (JsonValue partner : body.get("partners").asArray()) {
            codes.add(partner.asObject().getString("partner", null));
        }
        return codes;
    }

    private static JsonObject partner(JsonObject body, String code) {
        JsonArray partners = body.get("partners").asArray();
        for (JsonValue partner : partners) {
            if (code.equals(partner.asObject().getString("partner", null))) {
                return partner.asObject();
            }
        }
        throw new AssertionError("no partner " + code + " in " + body);
    }

    private static PracticeInput practice(String institution, String country) {
        return new PracticeInput(null, null, institution, country, null, "work-based-learning", List.of(), List.of(),
                null, null, null, null, null, null, null, null, null);
    }

    private static StepInput step(String title, String due, String status, String practice, String anchoring) {
        return new StepInput(title, null, null, due, status, "medium", practice, null, List.of(), anchoring, null,
                null);
    }

    private static StakeholderInput stakeholder(String space, String organisation, String type, String level,
                                                String country) {
        return new StakeholderInput(space, organisation, type, level, country, null, null, null, null, null, null,
                null, null, null);
    }

    private static DisseminationInput activity(String space, String type, String date, String country,
                                               String reach) {
        return new DisseminationInput(space, type, null, date, "Talk " + date, "en", country, "Teachers", reach,
                null, List.of(), null, null);
    }
}
