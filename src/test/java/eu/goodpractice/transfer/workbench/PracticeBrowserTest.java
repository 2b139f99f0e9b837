package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practice's way from the create dialog to validation, in headless Chromium against the workbench: an editor
 * documents it through the blueprint's wizard, edits its profile in place and submits it; the coordinator validates
 * it. A failing test leaves a screenshot in target/screenshots.
 */
class PracticeBrowserTest {
    private static final Path DATA = Path.of("target", "practice-browser-test-workbench");
    private static WorkbenchServer workbench;
    private static WebDriver driver;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                System.err.println("Screenshot of the failure: " + Browser.screenshot(driver,
                        "FAILED-" + context.getRequiredTestMethod().getName()).toAbsolutePath());
            }
        }
    };

    @BeforeAll
    static void start() throws Exception {
        Browser.requireInstalled();
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        workbench = new WorkbenchServer(DATA, 0);
        driver = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

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

    private void logIn(String user) {
        driver.get(workbench.baseUrl() + "/login.action");
        driver.findElement(By.id("os_username")).sendKeys(user);
        driver.findElement(By.id("os_password")).sendKeys(user);
        driver.findElement(By.id("wb-login-submit")).click();
        waitFor(By.id("wb-current-user"));
    }

    private void click(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }
}
