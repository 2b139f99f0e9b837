package eu.goodpractice.transfer.actionplan.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.export.CsvReader;
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
 * The action-step exports over real HTTP: files read back (CSV parser, POI) and compared with what the store holds,
 * filters, the reader's language, and never a row from a space the reader may not view.
 */
class ActionPlanExportRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;
    private static ActionPlan lodz;
    private static ActionPlan mullheim;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(ActionPlanExportResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
        ActionPlanService service = testApp.app.bean(ActionPlanService.class);
        testApp.confluence.logIn("ana");
        lodz = service.createPlan(new PlanInput("VET", "Zespół Szkół w Łodzi", "PL", "jan", null, null));
        mullheim = service.createPlan(new PlanInput("VET", "Berufsschule Müllheim", "DE", "ana", null, null));
        service.createStep(lodz.id(), step("Umowa z izbą rzemieślniczą", "jan", "2020-05-01", "in_progress"));
        service.createStep(lodz.id(), step("=HYPERLINK(\"http://evil.example\",\"click\")", null, null, "done"));
        service.createStep(mullheim.id(), step("Mentoren schulen, \"Praxis\"", "ana",
                LocalDate.now().plusDays(30).toString(), "not_started"));
        testApp.confluence.logIn("outsider");
        ActionPlan secret = service.createPlan(new PlanInput("OTHER", "Secret Institute", "FR", "outsider", null, null));
        service.createStep(secret.id(), step("Secret step", null, "2020-01-01", "blocked"));
        testApp.confluence.logOut();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void csvHoldsEveryViewableStepAsTheStoreHoldsItAndNothingFromOtherSpaces() {
        RestClient.Download csv = ana.download("/exports/steps.csv?spaces=all");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"action-steps.csv\"");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        assertThat(records.get(0)).containsExactly("Space", "Institution", "Country", "Step", "Status", "Priority",
                "Owner", "Due date", "Overdue", "Assessment criterion", "Practice page ID", "Last changed (UTC)");
        List<ActionStep> stored = new ArrayList<>();
        testApp.confluence.logIn("ana");
        ActionPlanService service = testApp.app.bean(ActionPlanService.class);
        stored.addAll(service.allSteps(lodz));
        stored.addAll(service.allSteps(mullheim));
        testApp.confluence.logOut();
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(3)).containsExactly(
                "Umowa z izbą rzemieślniczą", "'=HYPERLINK(\"http://evil.example\",\"click\")",
                "Mentoren schulen, \"Praxis\"");
        assertThat(records).hasSize(stored.size() + 1);
        assertThat(records.get(1)).containsExactly("VET", "Zespół Szkół w Łodzi", "PL", "Umowa z izbą rzemieślniczą",
                "In progress", "Medium", "Jan Editor", "2020-05-01", "Yes", "", "",
                records.get(1).get(11));
        assertThat(records.get(2).get(8)).as("a done step is never overdue").isEqualTo("No");
        assertThat(csv.textWithoutBom()).doesNotContain("Secret");
    }

    @Test
    void xlsxHoldsTheSameRowsWithRealDates() throws IOException {
        RestClient.Download xlsx = ana.download("/exports/steps.xlsx?spaces=VET,OTHER");

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("three steps of VET; OTHER is not ana's").isEqualTo(3);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Zespół Szkół w Łodzi");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
            assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 5, 1));
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        }
    }

    @Test
    void filtersByCountryStatusAndOverdue() {
        assertThat(stepTitles("/exports/steps.csv?spaces=VET&country=de")).containsExactly("Mentoren schulen, \"Praxis\"");
        assertThat(stepTitles("/exports/steps.csv?spaces=VET&status=done"))
                .containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(stepTitles("/exports/steps.csv?overdue=true")).containsExactly("Umowa z izbą rzemieślniczą");
    }

    @Test
    void anOutsiderGetsOnlyTheirOwnSpaceAndAnEmptyFileForSpacesTheyMayNotView() {
        RestClient outsider = ana.as("outsider");
        assertThat(stepTitlesOf(outsider, "/exports/steps.csv?spaces=all")).containsExactly("Secret step");
        assertThat(stepTitlesOf(outsider, "/exports/steps.csv?spaces=VET")).isEmpty();
        assertThat(stepTitlesOf(ana.as(null), "/exports/steps.csv?spaces=all")).as("anonymous").isEmpty();
    }

    @Test
    void headersComeInTheReadersLanguageAndTheFileNameInUtf8() {
        RestClient.Download csv = ana.in("pl").download("/exports/steps.csv?spaces=VET");

        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        assertThat(records.get(0)).startsWith("Przestrzeń", "Instytucja");
        assertThat(csv.header("Content-Disposition")).contains("filename*=UTF-8''kroki-planu-dzialan.csv");
    }

    @Test
    void badParametersGetOneMessagePerParameter() {
        RestClient.Download reply = ana.download("/exports/steps.csv?spaces=VET;DROP&country=XX&status=late&overdue=maybe");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").asObject().names())
                .containsExactlyInAnyOrder("spaces", "country", "status", "overdue");
        assertThat(reply.json().get("errors").asObject().getString("status", null)).contains("late");
    }

    private static List<String> stepTitles(String path) {
        return stepTitlesOf(ana, path);
    }

    private static List<String> stepTitlesOf(RestClient client, String path) {
        RestClient.Download csv = client.download(path);
        assertThat(csv.status()).as(path).isEqualTo(200);
        List<List<String>> records = CsvReader.parse(csv.textWithoutBom());
        return records.subList(1, records.size()).stream().map(record -> record.get(3)).toList();
    }

    private static StepInput step(String title, String owner, String due, String status) {
        return new StepInput(title, null, owner, due, status, null, null, List.of(), null, null, null);
    }
}
