package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The rating form of the transferability-assessment macro, in headless Chromium against the workbench: two partners
 * rate the sample practice "Digital logbook for ICT apprentices" (page 1107, from Finland, not assessed yet) one
 * after the other, and the page shows the result; a save that started from a stale version keeps the user's input.
 * A failing test leaves a screenshot in target/screenshots.
 */
class AssessmentBrowserTest extends BrowserTestBase {
    private static final long LOGBOOK_PAGE = 1107;
    /** 12 of the 20 criteria: the least coverage (60%) that gives a band. */
    private static final int RATED = 12;

    @Test
    void twoPartnersRateAPracticeAndThePageShowsBandRadarAndDivergence() {
        logIn("editor-de");
        openPractice();
        assertThat(country("DE").getText()).contains("Nobody has assessed this practice");
        WebElement form = openForm("DE");
        fill(form, "4", "Our schools already use e-portfolios.");
        // one criterion the German partner sees quite differently from the Dutch one
        rate(form, 0, "5", "Funding is secured by the Land.");
        saveAndWaitForReload();

        logOut();
        logIn("editor-nl");
        openPractice();
        form = openForm("DE");
        fill(form, "4", "The MBO logbooks are close to this.");
        rate(form, 0, "2", "Funding depends on a project grant.");
        saveAndWaitForReload();

        WebElement result = country("DE");
        assertThat(result.findElements(By.cssSelector(".gpt-assessment__chart svg"))).hasSize(1);
        WebElement band = result.findElement(By.cssSelector(".gpt-assessment__band .gpt-band"));
        assertThat(band.getAttribute("class")).contains("gpt-band--").doesNotContain("gpt-band--incomplete");
        assertThat(result.findElement(By.cssSelector(".gpt-assessment__divergent")).getText()).isNotBlank();
        assertThat(result.getText()).contains("Katrin Weber").contains("Sanne de Vries");
        Browser.screenshot(driver, "assessment");
        logOut();
    }

    @Test
    void aMissingReasonIsMarkedAndAStaleSaveKeepsTheInputAndSucceedsTheSecondTime() {
        logIn("editor-pl");
        openPractice();
        WebElement form = openForm("PL");
        // a score without a reason: the server's message shows at that criterion
        new Select(criteria(form).get(1).findElement(By.cssSelector("select[name='value']"))).selectByValue("4");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement error = waitFor(By.cssSelector(".gpt-assessment__criterion .gpt-field--invalid .gpt-field__error"));
        assertThat(criteria(form).get(1).getText()).contains(error.getText());
        new Select(criteria(form).get(1).findElement(By.cssSelector("select[name='value']"))).selectByValue("");
        rate(form, 0, "3", "Typed in the browser before the other save.");

        // meanwhile the same user saves from elsewhere (another tab), so the form's version is stale
        Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const url = '" + WorkbenchServer.CONTEXT + "/rest/practice-transfer/1.0/practices/"
                        + LOGBOOK_PAGE + "/assessments/PL';"
                        + "const headers = {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'};"
                        + "fetch(url, {credentials: 'same-origin'}).then(r => r.json()).then(a => fetch(url + '/ratings',"
                        + " {method: 'PUT', credentials: 'same-origin', headers, body: JSON.stringify({version: a.version,"
                        + " ratings: [{criterion: 'evidence', value: '4', rationale: 'Saved in another tab.'}]})}))"
                        + ".then(r => done(r.status), e => done(String(e)));");
        assertThat(status).isEqualTo(200L);

        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement summary = waitFor(By.cssSelector(".gpt-assessment__form .gpt-form__summary"));
        assertThat(summary.getText()).contains("Another partner saved ratings for this country meanwhile");
        assertThat(rationaleOf(form, 0).getAttribute("value")).isEqualTo("Typed in the browser before the other save.");

        saveAndWaitForReload();
        assertThat(country("PL").getText()).contains("Piotr Nowak");
        logOut();
    }

    @Test
    void anEditorCreatesAStepFromABarrierAndTheBarrierThenShowsIt() {
        logIn("editor-it");
        openPractice();
        WebElement form = openForm("IT");
        fill(form, "4", "Bologna has similar logbooks.");
        rate(form, 0, "1", "No stable funding in Emilia-Romagna.");
        saveAndWaitForReload();

        By barrier = By.cssSelector(".gpt-assessment__country[data-country='IT'] .gpt-assessment__barrier");
        String criterion = waitFor(barrier).getAttribute("data-criterion");
        String inBarrier = ".gpt-assessment__country[data-country='IT'] .gpt-assessment__barrier[data-criterion='"
                + criterion + "']";
        click(By.cssSelector(inBarrier + " button.gpt-assessment__create-step"));
        WebElement plan = waitFor(By.cssSelector(".gpt-assessment__step-form select"));
        new Select(plan).selectByValue(new Select(plan).getOptions().stream()
                .filter(o -> o.getText().startsWith("Universit")).findFirst().orElseThrow().getAttribute("value"));
        WebElement section = driver.findElement(By.cssSelector(".gpt-assessment"));
        driver.findElement(By.cssSelector(".gpt-assessment__step-form button[type='submit']")).click();
        waitUntil(ExpectedConditions.stalenessOf(section));

        WebElement step = waitFor(By.cssSelector(inBarrier + " .gpt-assessment__step"));
        assertThat(step.getText()).contains("(Italy)").contains("Universit\u00e0 di Bologna").contains("Not started");
        logOut();
    }

    private void openPractice() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + LOGBOOK_PAGE);
        waitFor(By.cssSelector(".gpt-assessment"));
    }

    private WebElement country(String code) {
        return waitFor(By.cssSelector(".gpt-assessment__country[data-country='" + code + "']"));
    }

    private WebElement openForm(String code) {
        country(code);
        click(By.cssSelector(".gpt-assessment__country[data-country='" + code + "'] button.gpt-assessment__rate"));
        By criteria = By.cssSelector(".gpt-assessment__country[data-country='" + code + "'] .gpt-assessment__criterion");
        waitUntil(d -> d.findElements(criteria).size() >= RATED);
        return driver.findElement(By.cssSelector(".gpt-assessment__country[data-country='" + code + "'] form"));
    }

    /** The first RATED criteria, each with the same score and reason. */
    private void fill(WebElement form, String value, String rationale) {
        for (int i = 0; i < RATED; i++) {
            rate(form, i, value, rationale);
        }
    }

    private void rate(WebElement form, int index, String value, String rationale) {
        WebElement criterion = criteria(form).get(index);
        new Select(criterion.findElement(By.cssSelector("select[name='value']"))).selectByValue(value);
        WebElement reason = rationaleOf(form, index);
        reason.clear();
        reason.sendKeys(rationale);
    }

    private WebElement rationaleOf(WebElement form, int index) {
        return criteria(form).get(index).findElement(By.cssSelector("textarea[name='rationale']"));
    }

    private List<WebElement> criteria(WebElement form) {
        return form.findElements(By.cssSelector(".gpt-assessment__criterion"));
    }

    /** Saves and waits until the page has reloaded with the server-rendered result. */
    private void saveAndWaitForReload() {
        WebElement section = driver.findElement(By.cssSelector(".gpt-assessment"));
        // like a user, wait until Save can be pressed (it is disabled while a previous save is under way)
        click(By.cssSelector(".gpt-assessment__form button[type='submit']"));
        waitUntil(ExpectedConditions.stalenessOf(section));
        waitFor(By.cssSelector(".gpt-assessment"));
    }
}
