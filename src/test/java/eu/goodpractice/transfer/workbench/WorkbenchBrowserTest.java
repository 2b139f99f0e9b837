package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The workbench in headless Chromium, as its users meet it: an editor adds a step and completes it, the viewer
 * reads without controls, the outsider is turned away. A failing test leaves a screenshot in target/screenshots.
 */
class WorkbenchBrowserTest extends BrowserTestBase {

    @Test
    void anEditorAddsAStepMarksItDoneAndSeesTheProgressMove() {
        logIn("editor-de");
        open(SampleData.PARTNERS.get(0).page());
        int before = progress();
        String title = "Invite the guild to the mentor training";

        click(By.cssSelector(".gpt-action-plan [data-gpt-action='add']"));
        WebElement form = waitFor(By.cssSelector("form.gpt-step-form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("stakeholders")).sendKeys("Guild of Bakers");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement markDone = waitFor(By.cssSelector("button[data-gpt-action='mark-done'][aria-label$='" + title + "']"));
        int afterAdding = progress();
        markDone.click();
        waitUntilGone(By.cssSelector("button[data-gpt-action='mark-done'][aria-label$='" + title + "']"));

        driver.navigate().refresh();
        WebElement row = rowOf(title).orElseThrow(() -> new AssertionError("the new step is gone after a reload"));
        assertThat(row.getText()).contains("Done").contains("Guild of Bakers");
        assertThat(afterAdding).as("adding an open step lowers the share done").isLessThan(before);
        assertThat(progress()).as("completing it raises the share done again").isGreaterThan(afterAdding);
        open(SampleData.PARTNERS.get(0).page()); // from the top, for the README's picture
        waitFor(By.cssSelector(".gpt-action-plan [data-gpt-action='add']"));
        Browser.screenshot(driver, "workbench");
    }

    @Test
    void anEditorRenamesAStepAndMovesItDown() {
        logIn("editor-nl");
        open(SampleData.PARTNERS.get(5).page());
        String first = "Collect member schools interested in the mentoring scheme";

        click(By.cssSelector("button[data-gpt-action='edit'][aria-label$='" + first + "']"));
        WebElement title = waitFor(By.cssSelector("form.gpt-step-form [name='title']"));
        title.clear();
        title.sendKeys("Collect member schools for the mentoring scheme");
        driver.findElement(By.cssSelector("form.gpt-step-form button[type='submit']")).click();
        String renamed = "Collect member schools for the mentoring scheme";
        click(By.cssSelector("button[data-gpt-action='move-down'][aria-label$='" + renamed + "']"));
        waitUntil(d -> d.findElements(By.cssSelector("tr.gpt-step"))
                .get(1).getText().contains(renamed));

        driver.navigate().refresh();
        java.util.List<WebElement> rows = driver.findElements(By.cssSelector("tr.gpt-step"));
        assertThat(rows.get(0).getText()).doesNotContain(renamed);
        assertThat(rows.get(1).getText()).contains(renamed);
    }

    @Test
    void theViewerReadsThePlanWithoutEditControls() {
        logIn("viewer");
        open(SampleData.PARTNERS.get(1).page());

        WebElement plan = waitFor(By.cssSelector(".gpt-action-plan"));
        assertThat(plan.getText()).contains("Pilot the digital logbook in the catering programme");
        assertThat(plan.getAttribute("data-editable")).isNull();
        assertThat(driver.findElements(By.cssSelector("[data-gpt-action]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".gpt-step__controls"))).isEmpty();
    }

    @Test
    void theOutsiderGetsThePermissionMessage() {
        logIn("outsider");
        open(SampleData.OUTSIDER_PAGE);
        assertThat(waitFor(By.cssSelector("#main-content")).getText())
                .contains("You do not have permission to view this content.")
                .doesNotContain("Train 12 in-company mentors");

        open(SampleData.PARTNERS.get(0).page());
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("You do not have permission to view this page.");
    }

    @Test
    void theLanguageSwitchChangesTheAppsText() {
        logIn("coordinator");
        open(SampleData.HOME_PAGE);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("wb-lang"))).selectByValue("de");
        waitFor(By.cssSelector("html[lang='de']"));

        assertThat(driver.findElement(By.cssSelector(".gpt-action-plan-overview")).getText())
                .contains("Schritten erledigt");
        assertThat(driver.findElement(By.id("wb-current-user")).getText()).isEqualTo("Chris Coordinator");
    }

    private void open(long pageId) {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
    }

    private int progress() {
        return Integer.parseInt(waitFor(By.cssSelector(".gpt-action-plan .gpt-progress__bar"))
                .getAttribute("aria-valuenow"));
    }

    private Optional<WebElement> rowOf(String title) {
        waitFor(By.cssSelector(".gpt-action-plan"));
        return driver.findElements(By.cssSelector("tr.gpt-step")).stream()
                .filter(row -> row.getText().contains(title)).findFirst();
    }
}
