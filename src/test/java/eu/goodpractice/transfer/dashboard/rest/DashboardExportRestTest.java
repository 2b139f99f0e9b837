package eu.goodpractice.transfer.dashboard.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.RatingInput;
import eu.goodpractice.transfer.export.CsvReader;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's practice and result exports over real HTTP, read back from CSV and XLSX and compared with what
 * the dashboard answers for the same filter: every matching row (more than a dashboard page), nothing from a space
 * or a restricted page the reader may not view, per-parameter 400s.
 */
class DashboardExportRestTest {
    private static final int FRENCH_PRACTICES = 30;

    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(DashboardExportResource.class),
                testApp.app.module(DashboardResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        for (int i = 1; i <= FRENCH_PRACTICES; i++) {
            register(9000 + i, "VET", String.format("Atelier %02d", i), "FR", null);
        }
        register(9101, "VET", "Duale Ausbildung, \"Nord\"", "DE", null);
        register(9102, "VET", "Restricted draft", "FR", "coordinator");
        register(9103, "OTHER", "Secret practice", "FR", null);
        rateEverything(9101, "PL", "4");
        rateEverything(9001, "PL", "2");
        rateEverything(9001, "IT", "5");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void practicesCsvHoldsEveryRowTheDashboardFiltersNotOnlyItsFirstPage() {
        RestClient.Download csv = ana.download("/exports/practices.csv?spaces=all&country=fr&sort=title&dir=desc");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("filename=\"practices.csv\"");
        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        assertThat(records.get(0)).containsExactly("Practice", "Space", "Institution", "Country", "Theme", "Status",
                "Target countries with a band", "Mean score", "Last update (UTC)", "Practice page ID");
        List<String> exported = records.subList(1, records.size()).stream().map(r -> r.get(0)).toList();
        assertThat(exported).hasSize(FRENCH_PRACTICES).as("in the order the dashboard shows: title descending")
                .isEqualTo(dashboardTitles("country=fr").stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertThat(records.get(records.size() - 1)).startsWith("Atelier 01", "VET", "Institution 9001", "FR", "Inclusion and equal opportunities", "Draft");
        assertThat(records.get(records.size() - 1).subList(6, 8)).containsExactly("2", "3.5");
        assertThat(csv.textWithoutBom()).doesNotContain("Restricted").doesNotContain("Secret");
    }

    @Test
    void resultsXlsxHasARowPerStoredResultWithNumbersAsTheDashboardShowsThem() throws IOException {
        RestClient.Download xlsx = ana.download("/exports/results.xlsx");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("assessment-results.xlsx");
        List<String> exported = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Score");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                exported.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                        + row.getCell(3).getNumericCellValue() + "|" + row.getCell(4).getStringCellValue());
            }
        }
        assertThat(exported).containsExactlyInAnyOrderElementsOf(dashboardResults(""));
        assertThat(exported).hasSize(3);
    }

    @Test
    void theFilterNarrowsResultsLikeTheDashboard() {
        List<List<String>> records = CsvReader.parse(ana.download("/exports/results.csv?country=DE")
                .textWithoutBom());

        assertThat(records).hasSize(2);
        assertThat(records.get(1)).startsWith("Duale Ausbildung, \"Nord\"", "VET", "PL", "4.0");
    }

    @Test
    void spacesAndPagesTheReaderMayNotViewNeverAppear() {
        assertThat(ana.as("coordinator").download("/exports/practices.csv?spaces=VET").textWithoutBom())
                .contains("Restricted draft").doesNotContain("Secret");
        assertThat(ana.download("/exports/practices.csv?spaces=OTHER").textWithoutBom().strip().lines())
                .as("only the header: a space the reader may not view is left out without a hint").hasSize(1);
        assertThat(ana.as("outsider").download("/exports/practices.csv").textWithoutBom())
                .contains("Secret practice").doesNotContain("Atelier");
    }

    @Test
    void badParametersGetAMessagePerParameter() {
        RestClient.Download reply = ana.download("/exports/practices.xlsx?country=XX&status=lost&sort=colour");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").asObject().names())
                .containsExactlyInAnyOrder("country", "status", "sort");
    }

    private static List<String> dashboardTitles(String query) {
        List<String> titles = new ArrayList<>();
        for (JsonValue row : dashboardRows(query)) {
            titles.add(row.asObject().getString("title", null));
        }
        return titles;
    }

    private static List<String> dashboardResults(String query) {
        List<String> results = new ArrayList<>();
        for (JsonValue value : dashboardRows(query)) {
            JsonObject row = value.asObject();
            for (JsonValue cell : row.get("readiness").asArray()) {
                JsonObject readiness = cell.asObject();
                results.add(row.getString("title", null) + "|" + readiness.getString("country", null) + "|"
                        + readiness.getDouble("score", 0) + "|" + readiness.getString("bandLabel", null));
            }
        }
        return results;
    }

    /** Every row the dashboard shows for the query, page after page. */
    private static List<JsonValue> dashboardRows(String query) {
        List<JsonValue> rows = new ArrayList<>();
        int start = 0;
        while (true) {
            JsonObject page = ana.get("/dashboard/practices?limit=10&start=" + start + "&" + query).json();
            rows.addAll(page.get("results").asArray().values());
            start += 10;
            if (start >= page.getInt("total", 0)) {
                return rows;
            }
        }
    }

    private static void register(long pageId, String space, String title, String country, String restrictedTo) {
        if (restrictedTo == null) {
            testApp.confluence.addPage(pageId, space, title);
        } else {
            testApp.confluence.addPage(pageId, space, title, restrictedTo);
        }
        testApp.confluence.logIn(space.equals("VET") ? "ana" : "outsider");
        try {
            testApp.app.bean(PracticeService.class).register(pageId, space, title, new PracticeInput(null, null,
                    "Institution " + pageId, country, null, "inclusion", List.of(), List.of(), null, null, null,
                    null, null, null, null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
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
