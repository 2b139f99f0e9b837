package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * axe-core (the copy bundled in Deque's Selenium artifact, nothing downloaded) over every workbench page that shows
 * one of the app's macros, as an editor and as a viewer, first as the page loads and then with each form the
 * scripts offer open, and (for the editor) in the page editor. Pages and forms are discovered, not listed: a page counts when it holds an element of the
 * app ({@code gpt-} classes), and a form opener is any button of the app with {@code aria-expanded="false"} (the
 * disclosure pattern every form opener follows). The whole page is checked, workbench chrome included; any serious
 * or critical violation fails, listed with rule, impact, target and page.
 */
class AccessibilityBrowserTest extends BrowserTestBase {
    /** The outermost elements of the app on a page: each macro's container. */
    static final String APP_ROOTS = "return Array.from(document.querySelectorAll('main [class*=\"gpt-\"]'))"
            + ".filter(e => !e.parentElement.closest('[class*=\"gpt-\"]'));";

    /** Visible, usable form openers of the app; one per kind (class and action), so a list of twenty barriers
     *  does not open twenty identical forms. */
    static final String OPENERS = "const seen = new Set(); return Array.from(document.querySelectorAll("
            + "'main [class*=\"gpt-\"] button[aria-expanded=\"false\"]')).filter(b => {"
            + " if (b.disabled || b.hidden || b.offsetParent === null) return false;"
            + " const kind = b.className + '|' + (b.getAttribute('data-gpt-action') || '');"
            + " if (seen.has(kind)) return false; seen.add(kind); return true; });";

    @Test
    void anEditorMeetsNoSeriousViolationOnAnyPageOrForm() {
        logIn("coordinator");
        List<String> problems = checkEveryAppPage(true);
        assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    @Test
    void aViewerMeetsNoSeriousViolationOnAnyPage() {
        logIn("viewer");
        List<String> problems = checkEveryAppPage(false);
        assertThat(problems).as("serious or critical axe violations").isEmpty();
    }

    private List<String> checkEveryAppPage(boolean openForms) {
        List<String> problems = new ArrayList<>();
        List<String> appPages = new ArrayList<>();
        List<String> formsOpened = new ArrayList<>();
        for (String page : discoverPages()) {
            open(page);
            if (appRoots().isEmpty()) {
                continue;
            }
            appPages.add(page);
            problems.addAll(violations(page));
            if (!openForms) {
                continue;
            }
            int openers = openers().size();
            for (int index = 0; index < openers; index++) {
                open(page);
                List<WebElement> now = openers();
                if (index >= now.size()) {
                    break;
                }
                WebElement opener = now.get(index);
                String label = opener.getText();
                opener.click();
                waitUntil(d -> "true".equals(opener.getAttribute("aria-expanded")));
                formsOpened.add(label);
                problems.addAll(violations(page + " with the form of '" + label + "' open"));
            }
            // the page's edit state: the host's editor with the macros in the body
            String edit = page.replace("viewpage.action", "editpage.action");
            driver.get(edit);
            waitFor(By.id("wb-body"));
            problems.addAll(violations(edit));
        }
        // the settings page and the reminder preferences are among them, whatever other pages come and go
        assertThat(appPages).as("pages with the app's macros")
                .anyMatch(page -> page.endsWith("pageId=" + SampleData.SETTINGS_PAGE))
                .anyMatch(page -> page.endsWith("pageId=" + SampleReminders.PREFERENCES_PAGE));
        if (openForms) {
            // an editor is offered at least: add and edit a step, edit a profile, rate, the settings' editors
            assertThat(formsOpened).as("forms opened").hasSizeGreaterThanOrEqualTo(6);
        }
        return problems;
    }

    /** Every page the logged-in user can reach from the dashboard's space lists. */
    private Set<String> discoverPages() {
        driver.get(workbench.baseUrl() + "/");
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("main a[href*='viewpage.action?pageId=']"))) {
            pages.add(link.getAttribute("href"));
        }
        assertThat(pages).as("pages on the dashboard").isNotEmpty();
        return pages;
    }

    private void open(String page) {
        driver.get(page);
        waitFor(By.id("wb-current-user"));
        // scripts enhance on DOMContentLoaded; wait until they have settled (no widget busy)
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('[aria-busy=\"true\"]');")));
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> appRoots() {
        return (List<WebElement>) ((JavascriptExecutor) driver).executeScript(APP_ROOTS);
    }

    @SuppressWarnings("unchecked")
    private List<WebElement> openers() {
        return (List<WebElement>) ((JavascriptExecutor) driver).executeScript(OPENERS);
    }

    private List<String> violations(String where) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.isErrored()).as("axe ran on %s: %s", where, results.getErrorMessage()).isFalse();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + " on " + where
                        + ": " + rule.getHelp());
            }
        }
        return found;
    }
}
