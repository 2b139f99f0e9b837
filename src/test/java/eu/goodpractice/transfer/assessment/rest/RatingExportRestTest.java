package eu.goodpractice.transfer.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.RatingInput;
import eu.goodpractice.transfer.export.CsvReader;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ratings export over real HTTP: every rating the store holds for the practices the reader may view, read back
 * from CSV and XLSX; never one from another space or from a restricted page.
 */
class RatingExportRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(RatingExportResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        register(8001, "VET", "Mentoring w Łodzi", null, "ana");
        register(8002, "VET", "Restricted draft", "coordinator", "coordinator");
        register(8003, "OTHER", "Secret practice", null, "outsider");
        rate("ana", 8001, "PL", List.of(new RatingInput("funding-stability", "4", "Grant bis 2028, gesichert", null),
                new RatingInput("leadership", "NA", "=1+1", "https://example.org/evidence")));
        rate("jan", 8001, "DE", List.of(new RatingInput("funding-stability", "2", "Kończy się w 2027", null)));
        rate("coordinator", 8002, "PL", List.of(new RatingInput("funding-stability", "5", "hidden", null)));
        rate("outsider", 8003, "FR", List.of(new RatingInput("funding-stability", "3", "secret", null)));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void csvHoldsEveryRatingOfTheViewablePracticesWithWordsForTheReader() {
        RestClient.Download csv = ana.download("/exports/ratings.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("filename=\"assessment-ratings.csv\"");
        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        assertThat(records.get(0)).containsExactly("Practice", "Space", "Target country", "Assessor", "Criterion",
                "Dimension", "Rating", "Reason", "Evidence", "Date (UTC)");
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).startsWith("Mentoring w Łodzi", "VET", "PL", "Ana Editor");
        assertThat(records.get(1).get(5)).isEqualTo("Sustainability");
        assertThat(records.get(1).subList(6, 9)).containsExactly("4", "Grant bis 2028, gesichert", "");
        assertThat(records.get(2).subList(6, 9)).containsExactly("Not applicable", "'=1+1",
                "https://example.org/evidence");
        assertThat(records.get(3)).startsWith("Mentoring w Łodzi", "VET", "DE", "Jan Editor");
        assertThat(csv.textWithoutBom()).doesNotContain("Restricted").doesNotContain("Secret")
                .doesNotContain("hidden");
    }

    @Test
    void xlsxHasNumbersForScoresAndFiltersByPracticeAndCountry() throws IOException {
        RestClient.Download xlsx = ana.download("/exports/ratings.xlsx?practice=8001&country=de");

        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Jan Editor");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Kończy się w 2027");
        }
    }

    @Test
    void restrictedPagesAndOtherSpacesNeverAppear() {
        assertThat(ana.as("coordinator").download("/exports/ratings.csv?spaces=VET").textWithoutBom())
                .contains("Restricted draft").doesNotContain("Secret");
        assertThat(ana.as("outsider").download("/exports/ratings.csv?spaces=all").textWithoutBom())
                .contains("Secret practice").doesNotContain("Łodzi");
        assertThat(ana.download("/exports/ratings.csv?practice=8003").status()).isEqualTo(403);
    }

    @Test
    void aNamedSpaceTheReaderMayNotViewIsLeftOutSilentlyAsInTheOtherExports() {
        RestClient.Download onlyForbidden = ana.as("outsider").download("/exports/ratings.csv?spaces=VET");
        assertThat(onlyForbidden.status()).isEqualTo(200);
        assertThat(onlyForbidden.textWithoutBom().lines()).as("the header row alone").hasSize(1);
        assertThat(ana.as("outsider").download("/exports/ratings.csv?spaces=VET,OTHER").textWithoutBom())
                .contains("Secret practice").doesNotContain("Restricted draft").doesNotContain("Łodzi");
    }

    @Test
    void badParametersGetAMessagePerParameter() {
        RestClient.Download reply = ana.download("/exports/ratings.csv?practice=abc&country=Atlantis");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").asObject().names()).containsExactlyInAnyOrder("practice", "country");
    }

    private static void register(long pageId, String space, String title, String restrictedTo, String editor) {
        if (restrictedTo == null) {
            testApp.confluence.addPage(pageId, space, title);
        } else {
            testApp.confluence.addPage(pageId, space, title, restrictedTo);
        }
        testApp.confluence.logIn(editor);
        try {
            testApp.app.bean(PracticeService.class).register(pageId, space, title, new PracticeInput(null, null, null,
                    null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
    }

    private static void rate(String user, long pageId, String country, List<RatingInput> ratings) {
        testApp.confluence.logIn(user);
        try {
            AssessmentService service = testApp.app.bean(AssessmentService.class);
            int version = service.assessment(pageId, country).version();
            service.rate(pageId, country, ratings, String.valueOf(version));
        } finally {
            testApp.confluence.logOut();
        }
    }
}
