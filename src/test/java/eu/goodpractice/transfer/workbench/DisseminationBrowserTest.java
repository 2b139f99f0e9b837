package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dissemination log in headless Chromium against the workbench: an editor records an activity in place (after
 * fixing what the server refused) and finds it in the list and the totals; the sample's dead link is marked in
 * words; a viewer reads the log without any editing control. A failing test leaves a screenshot in
 * target/screenshots.
 */
class DisseminationBrowserTest extends BrowserTestBase {
    private static final String LOG = ".gpt-dissemination";

    @Test
    void anEditorRecordsAnActivityAndSeesItInTheListAndTotals() {
        logIn("editor-nl");
        open();
        assertThat(driver.findElement(By.cssSelector(LOG)).getText()).contains("Dead link (HTTP 404)");

        click(By.xpath("//div[contains(@class,'gpt-dissemination__controls')]/button[normalize-space()='Record activity']"));
        WebElement form = waitFor(By.cssSelector(".gpt-dissemination__form"));
        new Select(form.findElement(By.name("type"))).selectByValue("FAIR");
        setValue(form, "date", "2026-11-05");
        form.findElement(By.name("title")).sendKeys("Stand at the Onderwijsbeurs Zuid");
        form.findElement(By.name("country")).sendKeys("NL");
        form.findElement(By.name("reach")).clear();
        form.findElement(By.name("reach")).sendKeys("many");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(".gpt-dissemination__form .gpt-field--reach", "is not a number of people");

        WebElement reach = driver.findElement(By.cssSelector(".gpt-dissemination__form [name='reach']"));
        reach.clear();
        reach.sendKeys("640");
        driver.findElement(By.cssSelector(".gpt-dissemination__form button[type='submit']")).click();
        waitForText(".gpt-dissemination__list", "Stand at the Onderwijsbeurs Zuid");

        WebElement log = driver.findElement(By.cssSelector(LOG));
        assertThat(log.findElement(By.cssSelector(".gpt-dissemination__by-type")).getText()).contains("Fair");
        assertThat(log.findElement(By.cssSelector(".gpt-dissemination__by-country")).getText())
                .contains("Netherlands");
        waitForText(".gpt-dissemination__status", "Activity saved.");
        Browser.screenshot(driver, "dissemination");
    }

    @Test
    void aViewerSeesTheLogWithoutEditingControls() {
        logIn("viewer");
        open();

        WebElement log = driver.findElement(By.cssSelector(LOG));
        assertThat(log.getText()).contains("Conference").contains("Dead link");
        assertThat(log.findElements(By.cssSelector("button[data-gpt-action]"))).isEmpty();
        assertThat(log.getAttribute("data-editable")).isNull();

        new Select(log.findElement(By.xpath(".//span[contains(@class,'gpt-dissemination__filter')][label='Year']/select")))
                .selectByValue("2025");
        waitForText(".gpt-dissemination__shown", "Activities shown: 1");
        assertThat(log.findElement(By.cssSelector(".gpt-dissemination__list tbody")).getText())
                .contains("Project newsletter no. 2").doesNotContain("Conference");
    }

    private void open() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleDissemination.PAGE);
        waitFor(By.cssSelector(".gpt-dissemination__filters"));
    }

    /** Date inputs take typed text in the browser's locale; setting the value is what every locale understands. */
    private void setValue(WebElement form, String name, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name(name)), value);
    }
}
