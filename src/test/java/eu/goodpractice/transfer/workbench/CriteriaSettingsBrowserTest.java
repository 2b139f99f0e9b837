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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The space's copy of the criteria set, in headless Chromium against the workbench: an editor only reads the set on
 * the settings page; the coordinator (a space administrator) makes the space's copy, changes a weight, retires a
 * criterion and saves. A failing test leaves a screenshot in target/screenshots.
 */
class CriteriaSettingsBrowserTest {
    private static final Path DATA = Path.of("target", "criteria-settings-browser-test-workbench");
    private static WorkbenchServer workbench;
    private static final String ADJUST = "//button[normalize-space()='Adjust for this space']";
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
