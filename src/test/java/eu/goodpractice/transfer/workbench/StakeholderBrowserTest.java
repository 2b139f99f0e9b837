package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The stakeholder-map macro in headless Chromium against the workbench's "Stakeholders" page (1301): an editor
 * registers a stakeholder and records an engagement with it in place and sees both in the register, the log and the
 * counts, picking the practice and action step from searchable lists and deleting it again after a confirmation; a viewer reads and filters the same page without any edit control. A failing test leaves a screenshot in
 * target/screenshots.
 */
class StakeholderBrowserTest extends BrowserTestBase {
    private static final long STAKEHOLDERS_PAGE = 1301;

    @Test
    void anEditorAddsAStakeholderAndRecordsAnEngagement() {
        logIn("editor-fi");
        openMap();
        String researchNational = countCell("Research institute", 3);

        click(By.cssSelector("button[data-gpt-action='add-stakeholder']"));
        WebElement form = waitFor(By.cssSelector(".gpt-stakeholder-map__form"));
        form.findElement(By.name("organisation")).sendKeys("VTT Technical Research Centre");
        new Select(form.findElement(By.name("type"))).selectByValue("RESEARCH_INSTITUTE");
        new Select(form.findElement(By.name("level"))).selectByValue("NATIONAL");
        form.findElement(By.name("country")).sendKeys("fi");
        // a contact person without consent is refused at the consent fields
        form.findElement(By.name("contactName")).sendKeys("Mikko Laine");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        WebElement error = waitFor(By.cssSelector(".gpt-field--consent-by .gpt-field__error"));
        assertThat(error.getText()).contains("consent");
        form.findElement(By.name("contactName")).clear();
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(".gpt-stakeholder-list", "VTT Technical Research Centre");
        assertThat(countCell("Research institute", 3)).isEqualTo(String.valueOf(Integer.parseInt(researchNational) + 1));

        click(By.cssSelector("button[data-gpt-action='add-engagement']"));
        form = waitFor(By.cssSelector(".gpt-stakeholder-map__form"));
        form.findElement(By.cssSelector("button[type='submit']")).click();
        assertThat(waitFor(By.cssSelector("fieldset.gpt-field--stakeholders .gpt-field__error")).getText())
                .isEqualTo("Please name at least one stakeholder.");
        WebElement vtt = form.findElements(By.cssSelector(".gpt-stakeholder-map__choice")).stream()
                .filter(choice -> choice.getText().contains("VTT")).findFirst().orElseThrow();
        vtt.findElement(By.tagName("input")).click();
        new Select(form.findElement(By.name("format"))).selectByValue("WORKSHOP");
        form.findElement(By.name("topic")).sendKeys("Sensors in the ICT workshop");
        form.findElement(By.name("outcome")).sendKeys("VTT lends sensor kits to the pilot class.");
        pick(form, "practices", "ICT apprentices", "Digital logbook for ICT apprentices");
        pick(form, "actionSteps", "catering", "Pilot the digital logbook in the catering programme \u2014 In progress");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(".gpt-engagement-log", "Sensors in the ICT workshop");
        WebElement row = engagementRow("Sensors in the ICT workshop");
        assertThat(row.getText()).contains("VTT Technical Research Centre").contains("Workshop")
                .contains("Pilot the digital logbook in the catering programme (In progress)");
        assertThat(row.findElement(By.cssSelector("a.gpt-engagement__practice")).getText())
                .isEqualTo("Digital logbook for ICT apprentices");
        Browser.screenshot(driver, "stakeholder-map");

        // a stakeholder named in the log is not deleted: the map says to retire it instead
        stakeholderRow("VTT Technical Research Centre").findElement(By.cssSelector("button[data-gpt-action='delete']"))
                .click();
        click(By.cssSelector("button[data-gpt-action='confirm-delete']"));
        waitForText(".gpt-stakeholder-map__confirm", "retire it");
        click(By.cssSelector("button[data-gpt-action='keep']"));
        waitUntilGone(By.cssSelector(".gpt-stakeholder-map__confirm"));

        // deleting asks first; keeping it changes nothing, confirming removes it from the log
        row.findElement(By.cssSelector("button[data-gpt-action='delete']")).click();
        assertThat(waitFor(By.cssSelector(".gpt-stakeholder-map__confirm")).getText())
                .contains("Delete \u201cSensors in the ICT workshop\u201d?");
        click(By.cssSelector("button[data-gpt-action='keep']"));
        waitUntilGone(By.cssSelector(".gpt-stakeholder-map__confirm"));
        engagementRow("Sensors in the ICT workshop").findElement(By.cssSelector("button[data-gpt-action='delete']"))
                .click();
        click(By.cssSelector("button[data-gpt-action='confirm-delete']"));
        waitForText(".gpt-stakeholder-map__status", "Deleted.");
        assertThat(driver.findElement(By.cssSelector(".gpt-stakeholder-map")).getText())
                .doesNotContain("Sensors in the ICT workshop");
        // without engagements the stakeholder can go
        stakeholderRow("VTT Technical Research Centre").findElement(By.cssSelector("button[data-gpt-action='delete']"))
                .click();
        click(By.cssSelector("button[data-gpt-action='confirm-delete']"));
        waitUntil(d -> !d.findElement(By.cssSelector(".gpt-stakeholder-list")).getText()
                .contains("VTT Technical Research Centre"));
        waitForText(".gpt-stakeholder-map__status", "Deleted.");
        logOut();
    }

    /** Filters a picker of the engagement form and ticks the one choice shown, with the keyboard. */
    private void pick(WebElement form, String field, String filter, String choice) {
        WebElement picker = form.findElement(By.cssSelector("[data-picker='" + field + "']"));
        waitUntil(d -> picker.findElements(By.cssSelector(".gpt-picker__choice")).size() > 0);
        picker.findElement(By.cssSelector("input[type='search']")).sendKeys(filter);
        List<WebElement> shown = picker.findElements(By.cssSelector(".gpt-picker__choice")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).extracting(WebElement::getText).containsExactly(choice);
        shown.get(0).findElement(By.tagName("input")).sendKeys(Keys.SPACE);
        assertThat(shown.get(0).findElement(By.tagName("input")).isSelected()).isTrue();
    }

    private WebElement stakeholderRow(String organisation) {
        return driver.findElements(By.cssSelector("tr.gpt-stakeholder")).stream()
                .filter(row -> row.getText().contains(organisation)).findFirst().orElseThrow();
    }

    private WebElement engagementRow(String topic) {
        return driver.findElements(By.cssSelector(".gpt-engagement")).stream()
                .filter(row -> row.getText().contains(topic)).findFirst().orElseThrow();
    }

    @Test
    void aViewerReadsAndFiltersWithoutEditControls() {
        logIn("viewer");
        openMap();
        WebElement map = driver.findElement(By.cssSelector(".gpt-stakeholder-map"));
        assertThat(map.findElements(By.cssSelector("button[data-gpt-action]"))).isEmpty();
        assertThat(map.findElements(By.cssSelector(".gpt-stakeholder__contact"))).isEmpty();
        assertThat(map.getText()).doesNotContain("Jana Weber");
        assertThat(map.findElements(By.cssSelector(".gpt-stakeholder-map__chart svg"))).hasSize(1);
        assertThat(engagementRow("Data protection for the logbook").getText())
                .contains("Pilot the digital logbook in the catering programme (In progress)");

        new Select(waitFor(By.name("filter-level"))).selectByValue("EU");
        long shown = map.findElements(By.cssSelector("tr.gpt-stakeholder")).stream().filter(WebElement::isDisplayed)
                .count();
        assertThat(shown).isEqualTo(2);
        assertThat(map.findElement(By.cssSelector(".gpt-stakeholder-list")).getText()).contains("Cedefop")
                .doesNotContain("Rectorat de Lyon");
        logOut();
    }

    private void openMap() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + STAKEHOLDERS_PAGE);
        waitFor(By.cssSelector(".gpt-stakeholder-map"));
    }

    /** The count of a type (row) at a level (column: 1 local … 4 EU, 5 total). */
    private String countCell(String type, int column) {
        for (WebElement row : driver.findElements(By.cssSelector(".gpt-stakeholder-counts tbody tr"))) {
            if (row.findElement(By.tagName("th")).getText().equals(type)) {
                return row.findElements(By.tagName("td")).get(column - 1).getText();
            }
        }
        throw new AssertionError("No row " + type);
    }
}
