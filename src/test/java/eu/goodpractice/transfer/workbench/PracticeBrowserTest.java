package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A practice's way from the create dialog to validation, in headless Chromium against the workbench: an editor
 * documents it through the blueprint's wizard, edits its profile in place and submits it; the coordinator validates
 * it. A failing test leaves a screenshot in target/screenshots.
 */
class PracticeBrowserTest extends BrowserTestBase {

    @Test
    void aPracticeGoesFromTheCreateDialogToValidation() {
        logIn("editor-pl");
        driver.get(workbench.baseUrl() + "/display/VET");
        click(By.id("wb-create"));
        click(By.cssSelector("a[data-blueprint='good-practice-blueprint']"));

        WebElement form = waitFor(By.id("wb-create-form"));
        form.findElement(By.name("title")).sendKeys("Peer coaching for workshop teachers");
        form.findElement(By.name("institution")).sendKeys("Zesp\u00f3\u0142 Szk\u00f3\u0142 Zawodowych nr 2");
        new Select(form.findElement(By.name("country"))).selectByValue("PL");
        new Select(form.findElement(By.name("theme"))).selectByValue("teacher-trainer-development");
        form.findElement(By.cssSelector("input[type=checkbox][value='teachers-trainers']")).click();
        form.findElement(By.cssSelector("fieldset[data-joined-into='eqflevels'] input[value='4']")).click();
        form.findElement(By.name("summary")).sendKeys("Teachers observe each other's workshop lessons.");
        new Select(form.findElement(By.name("language"))).selectByValue("en");
        form.findElement(By.id("wb-create-submit")).click();

        WebElement card = waitFor(By.cssSelector(".gpt-practice-profile"));
        assertThat(driver.findElement(By.id("title-text")).getText()).isEqualTo("Peer coaching for workshop teachers");
        assertThat(card.getText()).contains("Draft").contains("Poland (PL)")
                .contains("Development of teachers and trainers").contains("Teachers and trainers in VET schools");
        assertThat(driver.findElement(By.id("main-content")).getText()).contains("Potential for transfer");

        click(By.xpath("//section[contains(@class,'gpt-practice-profile')]//button[normalize-space()='Edit the profile']"));
        WebElement sector = waitFor(By.cssSelector(".gpt-practice-profile form [name='sector']"));
        sector.clear();
        sector.sendKeys("Metalwork");
        driver.findElement(By.cssSelector(".gpt-practice-profile form button[type='submit']")).click();
        waitForText(".gpt-practice-profile", "Metalwork");

        click(By.xpath("//section[contains(@class,'gpt-practice-profile')]//button[normalize-space()='Submit for review']"));
        waitForText(".gpt-practice-profile", "Submitted for review");
        String pageUrl = driver.getCurrentUrl();

        driver.manage().deleteAllCookies();
        logIn("coordinator");
        driver.get(pageUrl);
        click(By.xpath("//section[contains(@class,'gpt-practice-profile')]//button[normalize-space()='Validate']"));
        waitForText(".gpt-practice-profile", "Validated");
        assertThat(driver.findElement(By.cssSelector(".gpt-practice-profile__history")).getText())
                .contains("Piotr Nowak").contains("Chris Coordinator");
        Browser.screenshot(driver, "practice");
    }
}
