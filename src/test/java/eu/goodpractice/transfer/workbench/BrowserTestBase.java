package eu.goodpractice.transfer.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs: a workbench on fresh sample data and a headless Chromium, started once per test
 * class and stopped after it, cookies cleared before each test (each logs in as whom it needs), a screenshot of every
 * failure in target/screenshots, and waits that ride out the page scripts swapping in fresh server HTML.
 */
abstract class BrowserTestBase {
    static WorkbenchServer workbench;
    static WebDriver driver;

    @RegisterExtension
    static final Session SESSION = new Session();

    /** Starts and stops the pair per test class; its data lives in target/, named after the class. */
    static final class Session implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestWatcher {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            Browser.requireInstalled();
            Path data = Path.of("target", context.getRequiredTestClass().getSimpleName() + "-workbench");
            if (Files.exists(data)) {
                try (var files = Files.walk(data)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            workbench = new WorkbenchServer(data, 0);
            driver = Browser.start();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            driver.manage().deleteAllCookies();
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                System.err.println("Screenshot of the failure: " + Browser.screenshot(driver,
                        "FAILED-" + context.getRequiredTestMethod().getName()).toAbsolutePath());
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            if (workbench != null) {
                workbench.close();
                workbench = null;
            }
        }
    }

    void logIn(String user) {
        driver.get(workbench.baseUrl() + "/login.action");
        driver.findElement(By.id("os_username")).sendKeys(user);
        driver.findElement(By.id("os_password")).sendKeys(user);
        driver.findElement(By.id("wb-login-submit")).click();
        waitFor(By.id("wb-current-user"));
    }

    void logOut() {
        driver.manage().deleteAllCookies();
    }

    void click(By locator) {
        waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(String css, String text) {
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void waitUntilGone(By locator) {
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /**
     * How long a wait lasts before the test fails. Generous, because a wait only ever ends early when the page is
     * right: on a quiet machine the conditions hold within a second, but CI machines shared with other builds were
     * seen taking more than 10 s for a save and reload.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(current -> {
                    try {
                        return condition.apply(current);
                    } catch (WebDriverException e) {
                        // Chromium's other word for a stale element: the page script swapped the node mid-read
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }
}
