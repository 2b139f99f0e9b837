package eu.goodpractice.transfer.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The wizard script in headless Chromium, on the page the Soy template renders, with Confluence's wizard API
 * replaced by a stand-in that records the hooks the script registers and calls them as the create dialog does
 * (post-render, then submit with the page's data). Skipped without Debian's Chromium, failed without it on CI.
 */
class WizardScriptBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCRIPT = Path.of("src", "main", "resources", "web", "blueprint", "wizard.js");
    private static final String KEY = "eu.goodpractice.practice-transfer:good-practice-create-item";
    /** Stands in for Confluence.Blueprint.setWizard: keeps each wizard's hooks by event name. */
    private static final String WIZARD_API = "window.wizards = {};"
            + "window.Confluence = {Blueprint: {setWizard: function (key, register) {"
            + "  var hooks = {}; register({on: function (event, hook) { hooks[event] = hook; }});"
            + "  window.wizards[key] = hooks; }}};";

    private static WebDriver driver;
    private static Path page;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String notice = "needs Debian's chromium and chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI=true, but the wizard browser test " + notice);
            }
            Assumptions.abort(notice);
        }
        String form = WizardPages.compile().render("GoodPracticeTransfer.Blueprints.goodPracticeForm");
        page = Files.createTempFile("wizard", ".html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><script>" + WIZARD_API
                + "</script><script>" + Files.readString(SCRIPT, StandardCharsets.UTF_8) + "</script></head><body>"
                + "<div id=\"container\">" + form + "</div></body></html>", StandardCharsets.UTF_8);
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (page != null) {
            Files.deleteIfExists(page);
        }
    }

    @BeforeEach
    void openAndRender() {
        driver.get(page.toUri().toString());
        js("var state = {$container: [document.getElementById('container')]};"
                + "window.wizards[arguments[0]]['post-render.goodPracticeForm']({}, state);", KEY);
    }

    @Test
    void registersAWizardForEachCreateDialogItem() {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) js("return Object.keys(window.wizards).sort();");
        assertThat(keys).containsExactly(
                "eu.goodpractice.practice-transfer:action-plan-create-item",
                "eu.goodpractice.practice-transfer:country-framework-create-item",
                "eu.goodpractice.practice-transfer:good-practice-create-item");
    }

    @Test
    void anEmptyFormStaysOpenWithAMessageUnderEachRequiredFieldAndTheFirstFocused() {
        assertThat(submit()).isEqualTo(false);

        assertThat(error("title")).isEqualTo("Please fill in this field.");
        assertThat(error("targetgroups")).isEqualTo("Please fill in this field.");
        assertThat(error("language")).isEqualTo("Please fill in this field.");
        assertThat(error("sector")).isEmpty();
        assertThat(error("eqflevels")).isEmpty();
        assertThat(js("return document.activeElement.id;")).isEqualTo("gpt-gp-title");
    }

    @Test
    void aCompleteFormIsSentWithTheTickedChoicesJoined() {
        driver.findElement(By.name("title")).sendKeys("Dual mentoring");
        driver.findElement(By.name("institution")).sendKeys("Berufskolleg am Rhein");
        select("country", "DE");
        select("theme", "guidance");
        driver.findElement(By.id("gpt-gp-targetgroups-apprentices")).click();
        driver.findElement(By.id("gpt-gp-targetgroups-in-company-trainers")).click();
        driver.findElement(By.id("gpt-gp-eqflevels-4")).click();
        driver.findElement(By.id("gpt-gp-eqflevels-3")).click();
        driver.findElement(By.name("summary")).sendKeys("Two mentors per apprentice.");
        select("language", "de");

        assertThat(submit()).isEqualTo(true);
        assertThat(js("return window.pageData;")).isEqualTo(Map.of(
                "targetgroups", "apprentices,in-company-trainers", "eqflevels", "3,4"));
        assertThat(error("title")).isEmpty();
        assertThat(driver.findElement(By.name("targetgroups")).getAttribute("value"))
                .isEqualTo("apprentices,in-company-trainers");
    }

    @Test
    void aTooLongAnswerIsNamedWithItsLength() {
        js("document.querySelector('[name=title]').value = 'x'.repeat(300);");

        assertThat(submit()).isEqualTo(false);
        assertThat(error("title")).isEqualTo("At most 255 characters, please (this has 300).");
    }

    @Test
    void choicesAreSortedInTheUsersLanguageWithTheChoosePromptFirst() {
        @SuppressWarnings("unchecked")
        List<String> countries = (List<String>) js("return Array.prototype.map.call("
                + "document.querySelector('[name=country]').options, function (o) { return o.text; });");

        assertThat(countries.get(0)).isEqualTo("Choose a country");
        assertThat(countries.subList(1, 4)).containsExactly("Albania", "Austria", "Belgium");
        assertThat(countries.get(countries.size() - 1)).isEqualTo("Ukraine");
    }

    /** Calls the submit hook as the dialog does, with the page data it collected (here: none yet). */
    private Object submit() {
        return js("window.pageData = {};"
                + "var state = {$container: [document.getElementById('container')], pageData: window.pageData};"
                + "return window.wizards[arguments[0]]['submit.goodPracticeForm']({}, state);", KEY);
    }

    private String error(String name) {
        return driver.findElement(By.cssSelector(".error[data-error-for='" + name + "']")).getText();
    }

    private void select(String name, String value) {
        js("document.querySelector('[name=' + arguments[0] + ']').value = arguments[1];", name, value);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
