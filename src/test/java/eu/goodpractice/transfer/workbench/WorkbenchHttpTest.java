package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench over HTTP without a browser: it serves what the descriptor declares, logs people in and out,
 * keeps a user's typing when a page body is rejected, shows macro errors as Confluence does, and keeps its data.
 */
class WorkbenchHttpTest {
    private static final Path DATA = Path.of("target", "http-test-workbench");
    private static WorkbenchServer workbench;

    @BeforeAll
    static void start() throws Exception {
        delete(DATA);
        workbench = new WorkbenchServer(DATA, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }

    @Test
    void servesTheRestModuleUnderItsVersionAndLatest() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String version : new String[] {"1.0", "latest"}) {
            HttpResponse<String> plans = http.send(basic("coordinator",
                    "/rest/practice-transfer/" + version + "/plans?spaceKey=VET").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plans.statusCode()).isEqualTo(200);
            assertThat(plans.body()).contains("\"total\":7").contains("Omnia Vocational College");
        }
        assertThat(http.send(basic("outsider", "/rest/practice-transfer/1.0/plans?spaceKey=VET").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(http.send(basic("coordinator", "/rest/practice-transfer/1.0/plans/1").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create(workbench.baseUrl()
                        + "/rest/practice-transfer/1.0/plans/1")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("coordinator:guess".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void loginShowsWhoIsLoggedInAndLogoutEndsIt() throws Exception {
        HttpClient browser = browser();
        assertThat(get(browser, "/").uri().getPath()).endsWith("/login.action");

        HttpResponse<String> refused = post(browser, "/login.action", "os_username=viewer&os_password=wrong");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("username and password are incorrect");

        HttpResponse<String> dashboard = post(browser, "/login.action", "os_username=viewer&os_password=viewer");
        assertThat(dashboard.body()).contains("Vera Viewer").contains("VET Good Practice Transfer")
                .doesNotContain("Otto&#39;s own space");

        post(browser, "/logout.action", "");
        assertThat(get(browser, "/").uri().getPath()).endsWith("/login.action");
    }

    @Test
    void aRejectedPageBodyKeepsWhatWasTyped() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=editor-nl&os_password=editor-nl");
        String typed = "<p>My careful notes <b>unclosed</p>";

        HttpResponse<String> rejected = post(browser, "/pages/createpage.action?spaceKey=VET",
                "title=" + encode("Meeting notes") + "&body=" + encode(typed));
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("not valid storage format")
                .contains("&lt;p&gt;My careful notes &lt;b&gt;unclosed&lt;/p&gt;");

        HttpResponse<String> saved = post(browser, "/pages/createpage.action?spaceKey=VET",
                "title=" + encode("Meeting notes") + "&body=" + encode("<p>Fixed <b>notes</b></p>"
                        + "<ac:structured-macro ac:name=\"action-plan\"/><ac:structured-macro ac:name=\"no-such\"/>"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("<p>Fixed <b>notes</b></p>")
                .contains("Error rendering macro &#39;action-plan&#39;")
                .contains("Name the institution whose action plan to show, or give a plan number.")
                .contains("Unknown macro: &#39;no-such&#39;");
    }

    @Test
    void createsAGoodPracticeThroughItsBlueprintWithWizardChecksAndAnIndexPage() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=editor-it&os_password=editor-it");

        HttpResponse<String> list = get(browser, "/workbench/create?spaceKey=VET");
        assertThat(list.body()).contains("good-practice-blueprint").contains("country-framework-blueprint")
                .contains("action-plan-blueprint");
        assertThat(get(browser, "/workbench/create?spaceKey=VET&blueprint=good-practice-blueprint").body())
                .contains("name=\"institution\"").contains("data-joined-into=\"targetgroups\"");

        String answers = "spaceKey=VET&blueprint=good-practice-blueprint&title=" + encode("Tutor lab")
                + "&institution=" + encode("Universit\u00e0 di Bologna") + "&country=IT&theme=teacher-trainer-development"
                + "&targetgroups=in-company-trainers&eqflevels=5,6&sector=" + encode("Education")
                + "&summary=" + encode("A module for company tutors.") + "&language=it";
        HttpResponse<String> refused = post(browser, "/workbench/create", answers.replace("&country=IT", "&country=XX"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("XX").contains("Tutor lab");

        HttpResponse<String> created = post(browser, "/workbench/create", answers);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("<h1 id=\"title-text\">Tutor lab</h1>").contains("gpt-practice-profile")
                .contains("Italy (IT)").contains("Summary in English");
        long pageId = Long.parseLong(created.uri().getQuery().replaceAll(".*pageId=(\\d+).*", "$1"));
        workbench.confluence().logIn("editor-it");
        try {
            assertThat(workbench.app().component(eu.goodpractice.transfer.practice.PracticeService.class)
                    .practice(pageId).profile().eqfLevels()).containsExactly(5, 6);
        } finally {
            workbench.confluence().logOut();
        }
        HttpResponse<String> index = get(browser, "/display/VET/" + encode("Good practices"));
        assertThat(index.body()).contains("Tutor lab");
    }

    @Test
    void everySamplePageRendersWithoutAMacroErrorInEveryLanguage() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=coordinator&os_password=coordinator");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (var page : new WorkbenchDatabase(DATA.resolve("db")).pages()) {
            if (!page.trashed() && page.spaceKey().equals(SampleData.SPACE)) {
                ids.add(page.id());
            }
        }
        assertThat(ids).hasSizeGreaterThan(15);
        for (String language : java.util.List.of("en", "de", "fr", "it", "es", "pl", "nl")) {
            post(browser, "/workbench/language", "lang=" + language + "&back=" + encode(WorkbenchServer.CONTEXT + "/"));
            for (long id : ids) {
                HttpResponse<String> page = get(browser, "/pages/viewpage.action?pageId=" + id);
                assertThat(page.statusCode()).as("page %d in %s", id, language).isEqualTo(200);
                // the scripts' texts travel as JSON keyed by i18n key; only what a reader sees must not be a key
                String shown = page.body().replaceAll("data-i18n=\"[^\"]*\"", "");
                assertThat(shown).as("page %d in %s", id, language)
                        .doesNotContain("class=\"aui-message aui-message-error")
                        .doesNotContainPattern("transfer\\.(actionplan|practice|vocabulary|blueprint|error|validation|macro|assessment|criteria|criterion|dimension)\\.[a-z]");
            }
        }
    }

    @Test
    void samplePracticesShowTheirAssessmentsWithBandsAndDivergences() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=viewer&os_password=viewer");

        // the digital logbook (FR) was rated for Germany by a convinced and a doubtful partner
        String logbook = get(browser, "/pages/viewpage.action?pageId=1102").body();
        String germany = countrySection(logbook, "DE");
        assertThat(germany).contains("gpt-band--").contains("<svg").contains("gpt-assessment__divergent")
                .contains("Katrin Weber").contains("Aino Virtanen")
                .contains("gpt-assessment__history").contains("Changes (");

        // the tutor laboratory was rated for the Netherlands on too few criteria to give a band
        String laboratory = get(browser, "/pages/viewpage.action?pageId=1103").body();
        assertThat(countrySection(laboratory, "NL")).contains("gpt-band--incomplete");
        assertThat(countrySection(laboratory, "ES")).doesNotContain("gpt-band--incomplete").contains("gpt-band--");

        HttpResponse<String> all = browser.send(basic("viewer", "/rest/practice-transfer/1.0/practices/1101/assessments")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"PL\"").contains("\"FR\"");
    }

    @Test
    void theLanguageChoiceStaysWithTheSession() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=coordinator&os_password=coordinator");

        HttpResponse<String> french = post(browser, "/workbench/language",
                "lang=fr&back=" + encode(WorkbenchServer.CONTEXT + "/pages/viewpage.action?pageId=" + SampleData.HOME_PAGE));

        assertThat(french.body()).contains("<html lang=\"fr\"").contains("tapes termin");
    }

    @Test
    void servesOnlyTheWebResourcesTheDescriptorDeclares() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "/download/resources/eu.goodpractice.practice-transfer:action-plan-resources/";
        assertThat(http.send(plain(base + "action-plan.js"), HttpResponse.BodyHandlers.ofString()).body())
                .contains("data-editable");
        assertThat(http.send(plain(base + "../../atlassian-plugin.xml"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
        assertThat(http.send(plain(base + "secret.js"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPageGetsTheSharedFilesOnceAndBeforeItsMacrosOwn() throws Exception {
        HttpClient browser = browser();
        post(browser, "/login.action", "os_username=editor-de&os_password=editor-de");
        String page = get(browser, "/pages/viewpage.action?pageId=" + SampleData.PARTNERS.get(0).page()).body();
        String base = WorkbenchServer.CONTEXT + "/download/resources/eu.goodpractice.practice-transfer:";

        String link = "<link rel=\"stylesheet\" href=\"" + base;
        String script = "<script src=\"" + base;

        assertThat(page).containsSubsequence(link + "common-resources/transfer-common.css\">",
                link + "action-plan-resources/action-plan.css\">", "</head>",
                script + "common-resources/transfer-common.js\"></script>",
                script + "action-plan-resources/action-plan.js\"></script>");
        assertThat(page.split("transfer-common\\.js", -1)).as("the shared script, once").hasSize(2);
        HttpResponse<String> shared = get(browser, base.substring(WorkbenchServer.CONTEXT.length())
                + "common-resources/transfer-common.js");
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.body()).contains("GoodPracticeTransfer");
    }

    /** The part of an assessment macro's output about one target country. */
    private static String countrySection(String page, String country) {
        int start = page.indexOf("data-country=\"" + country + "\"");
        assertThat(start).as("section for %s", country).isNotNegative();
        int next = page.indexOf("data-country=", start + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(plain(path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest plain(String path) {
        return HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path)).build();
    }

    private static HttpRequest.Builder basic(String user, String path) {
        return HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
