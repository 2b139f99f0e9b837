package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reminder-preferences page in headless Chromium: the reader's choices become checkboxes, saving one off shows
 * a confirmation, and after a reload the page says it is off. A failing test leaves a screenshot in target/screenshots.
 */
class ReminderPreferencesBrowserTest extends BrowserTestBase {
    @Test
    void anEditorSwitchesTheDailyDigestOffAndTheChoiceStays() {
        logIn("editor-it");
        open();
        assertThat(driver.findElement(By.id("gpt-reminder-dailyDigest")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("gpt-reminder-weeklySummary")).isSelected()).isTrue();

        click(By.id("gpt-reminder-dailyDigest"));
        click(By.cssSelector(".gpt-reminder-preferences__form button[type=submit]"));
        waitForText(".gpt-reminder-preferences__status", "Your reminder preferences are saved.");

        driver.navigate().refresh();
        open();
        assertThat(driver.findElement(By.id("gpt-reminder-dailyDigest")).isSelected()).isFalse();
        assertThat(driver.findElement(By.id("gpt-reminder-weeklySummary")).isSelected()).isTrue();
    }

    private void open() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleReminders.PREFERENCES_PAGE);
        waitFor(By.id("gpt-reminder-dailyDigest"));
    }
}
