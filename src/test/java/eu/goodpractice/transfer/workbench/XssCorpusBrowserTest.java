package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 8, point 2: the cross-site scripting corpus (src/test/resources/security/xss-payloads.txt) stored through
 * every user text field of the app over its REST API, as an editor would, and passed in every parameter of every
 * macro the descriptor declares, then rendered in headless Chromium: the pages that show the records, and the page
 * scripts' views that rebuild them from REST JSON (edit forms, pickers, sorting and paging). On every view no
 * sentinel ran ({@code __xss(n)} and {@code alert(n)} are recorded by a script Chromium runs before any page script),
 * no dialog is open, the app's part of the page holds no script, frame, handler attribute or script URL, and the
 * payloads are there to read as text, verbatim. Everything lives in a space of its own ({@value #SPACE}) on pages
 * 2600–2699, one row per payload, so a few page loads cover all of it.
 */
class XssCorpusBrowserTest extends BrowserTestBase {
    static final String SPACE = "XSS";
    private static final List<String> PAYLOADS = XssPayloads.load();
    private static final int N = PAYLOADS.size();
    private static final String PLAN_INSTITUTION = "XSS corpus institution";
    private static final int PRACTICES = 20;
    private static final long FIRST_PRACTICE = 2600;
    private static final long PLAN_PAGE = 2650;
    private static final long OVERVIEW_PAGE = 2651;
    private static final long STAKEHOLDER_PAGE = 2652;
    private static final long DISSEMINATION_PAGE = 2653;
    private static final long DASHBOARD_PAGE = 2654;
    private static final long SETTINGS_PAGE = 2655;
    private static final int DASHBOARD_PAGE_SIZE = 10;
    private static final long REPORT_PAGE = 2656;
    private static final long FIRST_MACRO_PAGE = 2660;
    private static final String ADMIN = "admin";

    /** Records every sentinel call in sessionStorage (it survives page loads) before any script of the page runs. */
    private static final String RECORDER = """
            (() => {
              const record = (kind, value) => {
                const calls = JSON.parse(sessionStorage.getItem('xss-calls') || '[]');
                calls.push(kind + '(' + String(value) + ') on ' + location.pathname + location.search);
                sessionStorage.setItem('xss-calls', JSON.stringify(calls));
              };
              window.__xss = (n) => record('__xss', n);
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                const original = window[name];
                window[name] = function (value) { record(name, value); return original.apply(this, arguments); };
              }
              window.__xssPending = 0;
              const fetchOriginal = window.fetch;
              window.fetch = function () {
                window.__xssPending += 1;
                return fetchOriginal.apply(this, arguments).finally(() => { window.__xssPending -= 1; });
              };
            })();
            """;

    /**
     * What the page shows now: sentinel calls so far, what in the app's part of the page could run script, and the
     * text a reader sees (textContent with white space as the test compares it) plus the values of form fields.
     */
    private static final String INSPECT = """
            const root = document.getElementById('main-content') || document.body;
            const problems = [];
            const scriptUrl = /^(javascript|vbscript|data):/i;
            const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster',
              'background', 'srcset', 'codebase', 'cite', 'ping'];
            const where = (e) => '<' + e.localName + '> in ' + (e.closest('[class]') ? e.closest('[class]').className : '?');
            for (const e of root.querySelectorAll('*')) {
              if (['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
                   'noscript', 'template'].includes(e.localName)) {
                problems.push('element ' + where(e));
              }
              for (const a of e.attributes) {
                const name = a.name.toLowerCase();
                const value = a.value.replace(/[\\u0000-\\u0020]/g, '');
                if (name.startsWith('on')) problems.push('attribute ' + name + ' on ' + where(e));
                if (urlAttributes.includes(name) && scriptUrl.test(value)) problems.push(name + '=' + value + ' on ' + where(e));
                if (name === 'style' && /javascript:|expression\\(/i.test(value)) problems.push('style ' + value + ' on ' + where(e));
              }
            }
            const normal = (text) => text.replace(/[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]/g, ' ')
              .replace(/[ \\t\\n\\u000b\\f\\r]+/g, ' ');
            const values = Array.from(root.querySelectorAll('input, textarea, select option'))
              .map((e) => e.localName === 'option' ? e.textContent : e.value);
            return JSON.stringify({
              calls: JSON.parse(sessionStorage.getItem('xss-calls') || '[]'),
              problems: problems,
              text: normal(root.textContent),
              values: normal(values.join('\\u0001'))
            });
            """;

    private static final Map<String, Long> STEP_IDS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void storeTheCorpusThroughEveryTextField() throws Exception {
        assertThat(N).as("payloads in the corpus").isGreaterThanOrEqualTo(50);
        ((ChromiumDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        StandInConfluence confluence = workbench.confluence();
        confluence.addSpace(SPACE, payload(10) + " space");
        confluence.grantGroup(SPACE, "confluence-administrators", "VIEWSPACE", "EDITSPACE", "SETSPACEPERMISSIONS");
        confluence.grantGroup(SPACE, "vet-partners", "VIEWSPACE", "EDITSPACE");
        confluence.grantGroup(SPACE, "vet-readers", "VIEWSPACE");
        confluence.logIn(ADMIN);
        try {
            practicePages();
            featurePages();
            macroParameterPages();
        } finally {
            confluence.logOut();
        }
        // three independent groups of writes side by side, as three editors would: the test stays short
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> unchecked(() -> {
                    vocabulary();
                    criteriaSet();
                    profilesRatingsAndComments();
                })),
                CompletableFuture.runAsync(() -> unchecked(() -> {
                    planAndSteps();
                    stakeholdersAndEngagements();
                })),
                CompletableFuture.runAsync(() -> unchecked(() -> {
                    dissemination();
                    plans();
                }))).join();
        Reply settings = send("PUT", "/practice-settings?space=" + SPACE,
                Json.object().add("coordinatorGroup", payload(0)));
        assertThat(settings.status()).as(settings.body()).isIn(200, 400);
    }

    @Test
    void storedPayloadsRenderAsTextOnEveryPageThatShowsThem() {
        logIn(ADMIN);
        SoftAssertions softly = new SoftAssertions();
        // every record is one row of its register: there each payload must be readable, verbatim
        View plan = open(PLAN_PAGE, ".gpt-action-plan");
        expectAll(softly, plan, "step titles", i -> payload(i));
        View overview = open(OVERVIEW_PAGE, ".gpt-overview");
        expectAll(softly, overview, "plan institutions", i -> payload(i));
        View map = open(STAKEHOLDER_PAGE, ".gpt-stakeholder-map");
        expectAll(softly, map, "stakeholder organisations", i -> payload(i));
        expectAll(softly, map, "engagement topics", i -> payload(i));
        View log = open(DISSEMINATION_PAGE, ".gpt-dissemination");
        expectSome(softly, log, "dissemination titles", 10, i -> payload(i));
        View dashboard = open(DASHBOARD_PAGE, ".gpt-dashboard");
        softly.assertThat(titlesShown(dashboard)).as("practice titles on the dashboard")
                .isGreaterThanOrEqualTo(DASHBOARD_PAGE_SIZE - 1);
        View settings = open(SETTINGS_PAGE, ".gpt-practice-settings");
        expectSome(softly, settings, "theme labels", 20, i -> payload(i));
        open(REPORT_PAGE, ".gpt-report");
        for (int i = 0; i < 4; i++) {
            View practice = open(FIRST_PRACTICE + i, ".gpt-practice-profile");
            int first = i;
            expectSome(softly, practice, "profile of practice " + i, 1, k -> payload(20 + first));
            expectSome(softly, practice, "ratings of practice " + i, 20, k -> payload(20 * first + k));
        }
        softly.assertAll();
    }

    @Test
    void payloadsInEveryMacroParameterRenderAsText() {
        logIn(ADMIN);
        SoftAssertions softly = new SoftAssertions();
        List<Macro> macros = macros();
        StringBuilder shown = new StringBuilder();
        for (int m = 0; m < macros.size(); m++) {
            View view = open(FIRST_MACRO_PAGE + m, "#main-content");
            softly.assertThat(view.text()).as("macro %s with payload parameters", macros.get(m).name())
                    .doesNotContain("The page body is not valid");
            shown.append(view.text()).append(' ').append(view.values()).append(' ');
        }
        // parameters that name what the macro shows or cannot find (an institution, a space) come back as text
        List<String> missing = PAYLOADS.stream().filter(XssPayloads::fitsStorageFormat).map(XssPayloads::shown)
                .filter(p -> !shown.toString().contains(p)).toList();
        softly.assertThat(missing).as("payload parameters not shown verbatim by any macro").isEmpty();
        softly.assertAll();
    }

    @Test
    void theScriptsViewsRebuildPayloadsAsText() {
        logIn(ADMIN);
        SoftAssertions softly = new SoftAssertions();
        // the action plan's in-place edit form, filled from the step, and the fresh server HTML after saving it
        open(PLAN_PAGE, ".gpt-action-plan--editable");
        click(By.cssSelector("tr button[data-gpt-action='edit'], li button[data-gpt-action='edit']"));
        View form = settle("edit form of a step");
        softly.assertThat(form.values()).as("step form").contains(XssPayloads.shown(payload(0)));
        click(By.cssSelector("form.gpt-step-form button[type='submit']"));
        waitUntil(d -> !d.findElement(By.cssSelector(".gpt-action-plan__status")).getText().isBlank());
        settle("the plan after saving a step");

        // the engagement form's pickers, filled from REST (stakeholders, practices, steps of the space)
        open(STAKEHOLDER_PAGE, ".gpt-stakeholder-map");
        click(By.cssSelector("button[data-gpt-action='add-engagement']"));
        waitUntil(d -> d.findElements(By.cssSelector("[data-picker] .gpt-picker__choice")).size() >= N);
        View pickers = settle("engagement form with its pickers");
        expectAll(softly, pickers, "stakeholder and step choices", i -> payload(i));
        open(STAKEHOLDER_PAGE, ".gpt-stakeholder-map");
        click(By.cssSelector("tr.gpt-stakeholder button[data-gpt-action='edit']"));
        // the register's first row, whichever payload sorts first: its organisation is back in the form as text
        String stakeholderForm = settle("stakeholder edit form").values();
        softly.assertThat(PAYLOADS.stream().map(XssPayloads::shown).filter(p -> !p.isBlank())
                .anyMatch(stakeholderForm::contains)).as("a payload in the stakeholder form: " + stakeholderForm)
                .isTrue();

        // the dissemination log sorts and pages in the browser (25 a page), and fills its edit form from the record
        open(DISSEMINATION_PAGE, ".gpt-dissemination__filters");
        click(By.cssSelector(".gpt-dissemination button.gpt-dissemination__sort"));
        settle("the dissemination log sorted in the browser");
        click(By.xpath("//span[contains(@class,'gpt-dissemination__pager')]/button[last()]"));
        expectAll(softly, settle("the dissemination log's second page"), "dissemination titles", i -> payload(i));
        open(DISSEMINATION_PAGE, ".gpt-dissemination__filters");
        click(By.cssSelector(".gpt-dissemination button[data-gpt-action='edit']"));
        softly.assertThat(settle("dissemination edit form").values()).containsAnyOf(
                IntStream.range(0, N).mapToObj(i -> XssPayloads.shown(payload(i))).toArray(String[]::new));

        // the dashboard rebuilds its rows from GET /dashboard/practices when sorted and paged
        open(DASHBOARD_PAGE, ".gpt-dashboard");
        click(By.cssSelector(".gpt-dashboard th button"));
        softly.assertThat(titlesShown(settle("the dashboard sorted in the browser")))
                .as("practice titles the dashboard built from JSON").isGreaterThanOrEqualTo(DASHBOARD_PAGE_SIZE - 1);
        click(By.cssSelector(".gpt-dashboard [data-gpt-action='next']"));
        softly.assertThat(titlesShown(settle("the dashboard's next page from JSON")))
                .as("practice titles on the next page").isGreaterThanOrEqualTo(DASHBOARD_PAGE_SIZE - 1);

        // the practice profile's edit form and the rating form, filled from the registry and the ratings
        open(FIRST_PRACTICE, ".gpt-practice-profile");
        click(By.cssSelector(".gpt-practice-profile button[data-gpt-action='edit']"));
        settle("practice profile edit form");
        // read the fields themselves: the form's theme list holds every payload as a label anyway
        for (Map.Entry<String, Integer> field : Map.of("institution", 20, "summary", 40, "sector", 5).entrySet()) {
            softly.assertThat(XssPayloads.normalised(driver.findElement(By.cssSelector(
                            ".gpt-practice-profile [name='" + field.getKey() + "']")).getAttribute("value")))
                    .as("profile field %s", field.getKey()).isEqualTo(XssPayloads.shown(payload(field.getValue())));
        }
        open(FIRST_PRACTICE, ".gpt-practice-profile");
        click(By.cssSelector("button[data-gpt-action='rate']"));
        View rating = settle("rating form");
        softly.assertThat(rating.values()).contains(XssPayloads.shown(payload(0)));

        // the registry settings' vocabulary editor, filled from the terms
        open(SETTINGS_PAGE, ".gpt-practice-settings");
        click(By.cssSelector(".gpt-practice-settings button"));
        expectSome(softly, settle("vocabulary editor"), "theme labels in the editor", 20, i -> payload(i));
        softly.assertAll();
    }

    @Test
    void createDialogAnswersRenderAsText() {
        logIn(ADMIN);
        SoftAssertions softly = new SoftAssertions();
        // payloads no other page is titled with: a quote in a URL, an attribute breakout, template syntax
        for (int i : new int[] {37, 53, 61}) {
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("title", payload(i));
            answers.put("institution", payload(i + 1));
            answers.put("country", "DE");
            answers.put("theme", "work-based-learning");
            answers.put("targetgroups", "apprentices");
            answers.put("eqflevels", "3");
            answers.put("sector", payload(i + 2));
            answers.put("summary", payload(i + 3));
            answers.put("language", "en");
            View practice = create("good-practice-blueprint", answers, ".gpt-practice-profile");
            expectSome(softly, practice, "good practice from the create dialog", 3, k -> payload(i + 1 + k));
            // the title is the host's heading, above the app's part of the page
            softly.assertThat(XssPayloads.normalised(driver.findElement(By.id("title-text")).getAttribute("textContent")))
                    .isEqualTo(XssPayloads.shown(payload(i)));
            View plan = create("action-plan-blueprint", Map.of("institution", payload(i) + " (wizard)",
                    "country", "DE"), ".gpt-action-plan-missing, .gpt-action-plan");
            softly.assertThat(plan.text()).as("action plan from the create dialog")
                    .contains(XssPayloads.shown(payload(i) + " (wizard)"));
        }
        softly.assertAll();
    }

    /** Fills the create dialog's form of a blueprint as a user would and creates the page. */
    private View create(String blueprint, Map<String, String> answers, String css) {
        driver.get(workbench.baseUrl() + "/workbench/create?spaceKey=" + SPACE + "&blueprint=" + blueprint);
        waitFor(By.id("wb-create-form"));
        ((JavascriptExecutor) driver).executeScript("""
                const form = document.getElementById('wb-create-form');
                for (const [name, value] of Object.entries(arguments[0])) {
                  form.querySelectorAll('[name="' + name + '"]').forEach((field) => { field.value = value; });
                  form.querySelectorAll('fieldset[data-joined-into="' + name + '"] input[type=checkbox]')
                    .forEach((box) => { box.checked = value.split(',').includes(box.value); });
                }
                form.requestSubmit();
                """, answers);
        waitUntil(d -> d.getCurrentUrl().contains("viewpage.action"));
        waitFor(By.cssSelector(css));
        return settle("page created with " + blueprint);
    }

    @Test
    void scriptUrlsNeverBecomeLinks() throws Exception {
        List<String> scriptUrls = PAYLOADS.stream().map(String::strip)
                .filter(p -> p.toLowerCase(Locale.ROOT).matches("(?s)(javascript|vbscript|data|java\\s*script):.*"))
                .toList();
        assertThat(scriptUrls).hasSizeGreaterThanOrEqualTo(5);
        for (String url : scriptUrls) {
            Reply activity = send("POST", "/dissemination", activity(0).set("link", url));
            assertThat(activity.status()).as("dissemination link %s: %s", url, activity.body()).isEqualTo(400);
            assertThat(activity.json().get("errors").asObject().get("link")).as(url).isNotNull();
            Reply rating = send("PUT", "/practices/" + (FIRST_PRACTICE + PRACTICES - 1) + "/assessments/FR/ratings",
                    Json.object().add("version", "0").add("ratings", Json.array().add(Json.object()
                            .add("criterion", criterionKeys().get(0)).add("value", "3").add("rationale", "r")
                            .add("evidenceUrl", url))));
            assertThat(rating.status()).as("evidence %s: %s", url, rating.body()).isEqualTo(400);
            assertThat(rating.body()).contains("evidenceUrl");
        }
        // an http address with a quote in it is a link, its quote escaped: no attribute breaks out (see the pages)
        logIn(ADMIN);
        View log = open(DISSEMINATION_PAGE, ".gpt-dissemination");
        assertThat(driver.findElements(By.cssSelector("#main-content a[href^='https://example.org/a']")))
                .as("the link with a quote").isNotEmpty();
        assertThat(log.problems()).isEmpty();
    }

    /* the views and what they must show */

    private record View(String name, List<String> calls, List<String> problems, String text, String values) {
    }

    private interface Expected {
        String payloadFor(int i);
    }

    private View open(long pageId, String css) {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        waitFor(By.cssSelector(css));
        return settle("page " + pageId);
    }

    /** Waits for the page's requests to finish, then checks that nothing ran and nothing that could run is there. */
    private View settle(String name) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        waitUntil(d -> Long.valueOf(0).equals(js.executeScript("return window.__xssPending || 0")));
        assertNoDialog(name);
        JsonObject seen = Json.parse((String) js.executeScript(INSPECT)).asObject();
        View view = new View(name, strings(seen.get("calls").asArray()), strings(seen.get("problems").asArray()),
                seen.getString("text", ""), seen.getString("values", ""));
        assertThat(view.calls()).as("sentinel calls after %s", name).isEmpty();
        assertThat(view.problems()).as("what could run script in %s", name).isEmpty();
        return view;
    }

    private void assertNoDialog(String name) {
        try {
            String text = driver.switchTo().alert().getText();
            driver.switchTo().alert().dismiss();
            throw new AssertionError("a dialog opened on " + name + ": " + text);
        } catch (NoAlertPresentException expected) {
            // no dialog: as it should be
        }
    }

    /** How many payloads the dashboard's rows show as text (each practice of the space is titled with one, but one). */
    private static long titlesShown(View view) {
        String rows = XssPayloads.normalised((String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('section.gpt-dashboard table tbody').textContent"));
        return PAYLOADS.stream().map(XssPayloads::shown).filter(rows::contains).count();
    }

    private static void expectAll(SoftAssertions softly, View view, String what, Expected expected) {
        List<String> missing = IntStream.range(0, N).mapToObj(expected::payloadFor).map(XssPayloads::shown)
                .filter(p -> !view.text().contains(p) && !view.values().contains(p)).toList();
        softly.assertThat(missing).as("%s on %s: payloads not shown verbatim", what, view.name()).isEmpty();
    }

    private static void expectSome(SoftAssertions softly, View view, String what, int count, Expected expected) {
        List<String> missing = IntStream.range(0, count).mapToObj(expected::payloadFor).map(XssPayloads::shown)
                .filter(p -> !view.text().contains(p) && !view.values().contains(p)).toList();
        softly.assertThat(missing).as("%s on %s: payloads not shown verbatim", what, view.name()).isEmpty();
    }

    /* storing the corpus */

    private static String payload(int i) {
        return PAYLOADS.get(Math.floorMod(i, N));
    }

    /** Practices 2600–2619, titled with payloads, each with its profile card and its assessment. */
    private static void practicePages() {
        for (int i = 0; i < PRACTICES; i++) {
            workbench.pages().save(FIRST_PRACTICE + i, SPACE, payload(i),
                    "<ac:structured-macro ac:name=\"practice-profile\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"country\">DE</ac:parameter></ac:structured-macro>"
                            + "<ac:structured-macro ac:name=\"transferability-assessment\" ac:schema-version=\"1\">"
                            + "<ac:parameter ac:name=\"countries\">DE</ac:parameter></ac:structured-macro>",
                    null);
        }
    }

    private static void featurePages() {
        page(PLAN_PAGE, "Plan", macro("action-plan", Map.of("institution", PLAN_INSTITUTION)));
        page(OVERVIEW_PAGE, "Overview", macro("action-plan-overview", Map.of("spaces", SPACE)));
        page(STAKEHOLDER_PAGE, "Stakeholders", macro("stakeholder-map", Map.of("space", SPACE)));
        page(DISSEMINATION_PAGE, "Dissemination", macro("dissemination-log", Map.of("space", SPACE)));
        page(DASHBOARD_PAGE, "Dashboard", macro("practice-dashboard",
                Map.of("spaces", SPACE, "pageSize", String.valueOf(DASHBOARD_PAGE_SIZE)))
                + macro("transfer-matrix", Map.of("spaces", SPACE)));
        page(SETTINGS_PAGE, "Settings", macro("practice-settings", Map.of("space", SPACE))
                + macro("reminder-preferences", Map.of()));
        page(REPORT_PAGE, "Report", macro("partnership-report", Map.of("spaces", SPACE)));
    }

    /** One page per macro of the descriptor, each holding the macro once per payload with every parameter set to it. */
    private static void macroParameterPages() {
        List<Macro> macros = macros();
        assertThat(FIRST_MACRO_PAGE + macros.size()).isLessThanOrEqualTo(2700);
        for (int m = 0; m < macros.size(); m++) {
            Macro macro = macros.get(m);
            StringBuilder body = new StringBuilder();
            for (String payload : PAYLOADS) {
                if (XssPayloads.fitsStorageFormat(payload)) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    macro.parameters().forEach(name -> parameters.put(name, payload));
                    body.append(macro(macro.name(), parameters));
                }
            }
            page(FIRST_MACRO_PAGE + m, "Macro " + macro.name(), body.toString());
        }
    }

    private record Macro(String name, List<String> parameters) {
    }

    /** Every macro of atlassian-plugin.xml with its parameters, so a new macro or parameter is covered at once. */
    private static List<Macro> macros() {
        try (InputStream in = XssCorpusBrowserTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList modules = descriptor.getElementsByTagName("xhtml-macro");
            List<Macro> macros = new ArrayList<>();
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                NodeList parameters = module.getElementsByTagName("parameter");
                List<String> names = new ArrayList<>();
                for (int p = 0; p < parameters.getLength(); p++) {
                    names.add(((Element) parameters.item(p)).getAttribute("name"));
                }
                macros.add(new Macro(module.getAttribute("name"), names));
            }
            assertThat(macros).hasSizeGreaterThanOrEqualTo(12);
            return macros;
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml", e);
        }
    }

    private static String macro(String name, Map<String, String> parameters) {
        return "<ac:structured-macro ac:name=\"" + name + "\" ac:schema-version=\"1\">" + parameters.entrySet().stream()
                .map(p -> "<ac:parameter ac:name=\"" + p.getKey() + "\">" + StorageFormat.escape(p.getValue())
                        + "</ac:parameter>").collect(Collectors.joining()) + "</ac:structured-macro>";
    }

    private static void page(long id, String title, String body) {
        workbench.pages().save(id, SPACE, "XSS corpus: " + title, body, null);
    }

    /** The space's own themes, labelled with payloads, beside the shipped ones. */
    private static void vocabulary() throws Exception {
        JsonArray terms = new JsonArray();
        for (JsonValue term : send("GET", "/vocabularies?space=" + SPACE, null).json().get("theme").asArray()) {
            terms.add(Json.object().add("key", term.asObject().getString("key", null)));
        }
        for (int i = 0; i < N; i++) {
            terms.add(Json.object().add("label", payload(i)));
        }
        ok(send("PUT", "/vocabularies/theme?space=" + SPACE, Json.object().add("terms", terms)));
    }

    /** The space's copy of the criteria set, each criterion asked in a payload. */
    private static void criteriaSet() throws Exception {
        ok(send("POST", "/criteria-sets?space=" + SPACE, null));
        JsonObject set = send("GET", "/criteria-sets?space=" + SPACE, null).json();
        JsonArray criteria = new JsonArray();
        int i = 0;
        for (JsonValue dimension : set.get("dimensions").asArray()) {
            for (JsonValue criterion : dimension.asObject().get("criteria").asArray()) {
                criteria.add(Json.object().add("key", criterion.asObject().getString("key", null))
                        .add("dimension", dimension.asObject().getString("key", null))
                        .add("weight", String.valueOf(criterion.asObject().get("weight")))
                        .add("customQuestion", payload(40 + i++)));
            }
        }
        ok(send("PUT", "/criteria-sets?space=" + SPACE, Json.object().add("version", String.valueOf(set.get("version")))
                .add("criteria", criteria)));
    }

    private static List<String> criterionKeys() throws Exception {
        JsonObject set = send("GET", "/criteria-sets?space=" + SPACE, null).json();
        List<String> keys = new ArrayList<>();
        for (JsonValue dimension : set.get("dimensions").asArray()) {
            for (JsonValue criterion : dimension.asObject().get("criteria").asArray()) {
                keys.add(criterion.asObject().getString("key", null));
            }
        }
        return keys;
    }

    /** Every free-text field of the profile, the ratings' reasons of four practices, and a return's comment. */
    private static void profilesRatingsAndComments() throws Exception {
        List<String> criteria = criterionKeys();
        for (int i = 0; i < PRACTICES; i++) {
            long page = FIRST_PRACTICE + i;
            JsonObject practice = send("GET", "/practices/" + page, null).json();
            ok(send("PUT", "/practices/" + page, Json.object().add("version", String.valueOf(practice.get("version")))
                    .add("institution", payload(20 + i)).add("summary", payload(40 + i)).add("region", payload(60 + i))
                    .add("sector", payload(i + 5)).add("englishSummary", payload(i + 30)).add("country", "DE")
                    .add("theme", "work-based-learning").add("targetGroups", Json.array("apprentices"))
                    .add("eqfLevels", Json.array("3")).add("language", "en").add("innovationType", "PEDAGOGICAL")
                    .add("startDate", "2024-01-01").add("ongoing", "true")));
            if (i < 4) {
                JsonArray ratings = new JsonArray();
                for (int c = 0; c < criteria.size(); c++) {
                    ratings.add(Json.object().add("criterion", criteria.get(c)).add("value", "3")
                            .add("rationale", payload(20 * i + c)).add("evidenceUrl", c == 0 ? payload(37) : null));
                }
                ok(send("PUT", "/practices/" + page + "/assessments/DE/ratings",
                        Json.object().add("version", "0").add("ratings", ratings)));
            } else if (i < 8) {
                ok(send("POST", "/practices/" + page + "/transitions", Json.object().add("transition", "SUBMIT")));
                ok(send("POST", "/practices/" + page + "/transitions", Json.object().add("transition", "RETURN")
                        .add("comment", payload(i))));
            }
        }
    }

    /** A plan with one step per payload (title, description, stakeholders); {@link #plans()} one plan per payload. */
    private static void planAndSteps() throws Exception {
        long planId = ok(send("POST", "/plans", Json.object().add("spaceKey", SPACE).add("institution", PLAN_INSTITUTION)
                .add("country", "DE").add("responsible", ADMIN))).getLong("id", 0);
        for (int i = 0; i < N; i++) {
            JsonObject step = ok(send("POST", "/plans/" + planId + "/steps", Json.object().add("title", payload(i))
                    .add("description", payload(i + 1)).add("stakeholders", Json.array(payload(i + 2)))
                    .add("dueDate", "2030-01-01").add("status", "NOT_STARTED").add("priority", "MEDIUM")
                    .add("practicePageId", String.valueOf(FIRST_PRACTICE + i % PRACTICES))));
            STEP_IDS.put(payload(i), step.getLong("id", 0));
        }
    }

    private static void plans() throws Exception {
        for (int i = 0; i < N; i++) {
            ok(send("POST", "/plans", Json.object().add("spaceKey", SPACE).add("institution", payload(i))
                    .add("country", "FR").add("responsible", ADMIN)));
        }
    }

    private interface Writes {
        void run() throws Exception;
    }

    private static void unchecked(Writes writes) {
        try {
            writes.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stakeholder per payload (organisation, contact, consent note) and an engagement per payload. */
    private static void stakeholdersAndEngagements() throws Exception {
        List<Long> stakeholders = new ArrayList<>();
        String[] levels = {"LOCAL", "REGIONAL", "NATIONAL", "EU"};
        for (int i = 0; i < N; i++) {
            stakeholders.add(ok(send("POST", "/stakeholders", Json.object().add("spaceKey", SPACE)
                    .add("organisation", payload(i)).add("type", "COMPANY").add("level", levels[i % 4])
                    .add("country", "DE").add("contact", Json.object().add("name", payload(i + 1))
                            .add("role", payload(i + 2)).add("email", "contact" + i + "@example.org")
                            .add("consent", Json.object().add("givenBy", payload(i + 3)).add("date", "2026-01-05")
                                    .add("purpose", payload(i + 4)))))).getLong("id", 0));
        }
        for (int i = 0; i < N; i++) {
            ok(send("POST", "/engagements", Json.object().add("spaceKey", SPACE).add("date", "2026-02-01")
                    .add("stakeholders", Json.array(String.valueOf(stakeholders.get(i)))).add("format", "MEETING")
                    .add("topic", payload(i)).add("outcome", payload(i + 1)).add("followUp", payload(i + 2))
                    .add("practices", Json.array(String.valueOf(FIRST_PRACTICE + i % PRACTICES)))
                    .add("actionSteps", Json.array(String.valueOf(STEP_IDS.get(payload(i)))))));
        }
    }

    /** An activity per payload (title, audience), the one http address with a quote as its link. */
    private static void dissemination() throws Exception {
        for (int i = 0; i < N; i++) {
            ok(send("POST", "/dissemination", activity(i)));
        }
    }

    private static JsonObject activity(int i) {
        String link = payload(i).startsWith("https://") ? payload(i) : "https://example.org/activity/" + i;
        return Json.object().add("spaceKey", SPACE).add("type", "CONFERENCE").add("date", "2026-03-01")
                .add("title", payload(i)).add("language", "en").add("country", "DE").add("audience", payload(i + 1))
                .add("reach", "10").add("link", link)
                .add("practicePageIds", Json.array(String.valueOf(FIRST_PRACTICE + i % PRACTICES)));
    }

    /* REST as an editor would call it: JSON with the header Confluence's XSRF check asks of scripts */

    private record Reply(int status, String body) {
        JsonObject json() {
            return Json.parse(body).asObject();
        }
    }

    private static JsonObject ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
        return reply.body().isBlank() ? new JsonObject() : reply.json();
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Reply send(String method, String path, JsonValue body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(workbench.baseUrl()
                        + "/rest/practice-transfer/1.0" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + ADMIN).getBytes(StandardCharsets.UTF_8)))
                .header("X-Atlassian-Token", "no-check").header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asString()));
        return strings;
    }
}
