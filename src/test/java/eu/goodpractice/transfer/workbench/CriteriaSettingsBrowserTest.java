package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The space's copy of the criteria set, in headless Chromium against the workbench: an editor only reads the set on
 * the settings page; the coordinator (a space administrator) makes the space's copy, changes a weight, retires a
 * criterion and saves. A failing test leaves a screenshot in target/screenshots.
 */
class CriteriaSettingsBrowserTest extends BrowserTestBase {
    private static final String ADJUST = "//button[normalize-space()='Adjust for this space']";

    @Test
    void theCoordinatorAdjustsTheCriteriaForTheSpaceAndEditorsOnlyReadThem() {
        logIn("editor-de");
        open();
        assertThat(driver.findElement(By.cssSelector(".gpt-practice-settings__criteria-table")).getText())
                .contains("Is the practice evaluated over time");
        assertThat(driver.findElements(By.xpath(ADJUST))).as("no adjusting for editors").isEmpty();

        driver.manage().deleteAllCookies();
        logIn("coordinator");
        open();
        assertThat(driver.findElement(By.cssSelector(".gpt-practice-settings__criteria-source")).getText())
                .contains("shipped criteria set, version 1");
        click(By.xpath(ADJUST));
        WebElement weight = waitFor(By.cssSelector("tr[data-key='evaluation'] input[data-field='weight']"));
        weight.clear();
        weight.sendKeys("2.5");
        click(By.cssSelector("tr[data-key='leadership'] input[data-field='retired']"));
        click(By.xpath("//div[contains(@class,'gpt-practice-settings__criteria')]//button[normalize-space()='Save']"));

        waitForText(".gpt-practice-settings__criteria-source", "own copy of the criteria set, version 3");
        assertThat(driver.findElement(By.cssSelector("tr[data-key='evaluation']")).getText()).contains("2.5");
        assertThat(driver.findElement(By.cssSelector("tr[data-key='leadership']")).getText()).contains("retired");
        assertThat(driver.findElement(By.cssSelector("tr[data-key='evaluation']")).getText()).contains("asked");
        Browser.screenshot(driver, "criteria-settings");
    }

    private void open() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleData.SETTINGS_PAGE);
        waitFor(By.cssSelector(".gpt-practice-settings__criteria-table"));
    }
}
