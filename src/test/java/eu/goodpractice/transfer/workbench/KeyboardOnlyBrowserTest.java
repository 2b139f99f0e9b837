package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every form of the app with the keyboard alone: reach its button by Tab from the top of the page (each stop on the
 * way shows a focus ring), open it with Enter or Space, type, submit with Enter, see the result; Escape closes a form
 * and puts focus back on the button that opened it. No click anywhere.
 */
class KeyboardOnlyBrowserTest extends BrowserTestBase {
    /** A sample practice (digital logbooks) with its profile card and assessments for two countries. */
    private static final long PRACTICE_PAGE = 1107;

    @Test
    void anEditorAddsAStepAndEscapeReturnsToTheAddButton() {
        logIn("editor-de");
        open(SampleData.PARTNERS.get(0).page());
        By add = By.cssSelector(".gpt-action-plan__add");

        tabTo(add);
        press(Keys.ENTER);
        assertThat(focused().getAttribute("name")).isEqualTo("title");
        type("Ask the chamber for a keyboard-only walkthrough");
        press(Keys.ENTER);
        waitForText(".gpt-steps", "Ask the chamber for a keyboard-only walkthrough");

        open(SampleData.PARTNERS.get(0).page());
        tabTo(add);
        press(Keys.SPACE);
        waitFor(By.cssSelector(".gpt-step-form"));
        press(Keys.ESCAPE);
        waitUntilGone(By.cssSelector(".gpt-step-form"));
        assertThat(focused()).isEqualTo(driver.findElement(add));
        assertThat(focused().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void anEditorEditsAStepAndEscapeReturnsToItsEditButton() {
        logIn("editor-de");
        open(SampleData.PARTNERS.get(0).page());
        By edit = By.cssSelector(".gpt-step button[data-gpt-action=edit]");

        tabTo(edit);
        press(Keys.ENTER);
        waitFor(By.cssSelector(".gpt-step-form"));
        assertThat(focused().getAttribute("name")).isEqualTo("title");
        press(Keys.ESCAPE);
        waitUntilGone(By.cssSelector(".gpt-step-form"));
        assertThat(focused()).isEqualTo(driver.findElement(edit));

        press(Keys.SPACE);
        waitFor(By.cssSelector(".gpt-step-form"));
        press(Keys.END);
        type(" (checked by keyboard)");
        press(Keys.ENTER);
        waitForText(".gpt-steps", "(checked by keyboard)");
    }

    @Test
    void anEditorCreatesAStepFromABarrierByKeyboard() {
        logIn("editor-de");
        openFirstPageWith(".gpt-assessment__create-step");
        By create = By.cssSelector(".gpt-assessment__create-step");

        tabTo(create);
        press(Keys.ENTER);
        waitUntil(d -> "select".equals(focused().getTagName()));
        press(Keys.ESCAPE);
        waitUntil(d -> "false".equals(d.findElement(create).getAttribute("aria-expanded")));
        assertThat(focused()).isEqualTo(driver.findElement(create));

        press(Keys.ENTER);
        waitUntil(d -> "select".equals(focused().getTagName()));
        String title = driver.findElement(create).getAttribute("data-step-title");
        String criterion = driver.findElement(By.cssSelector(".gpt-assessment__barrier")).getAttribute("data-criterion");
        tabToSubmit();
        press(Keys.ENTER);
        // the page reloads and the barrier lists the new step
        waitForText(".gpt-assessment__barrier[data-criterion='" + criterion + "'] .gpt-assessment__steps", title);
    }

    @Test
    void anEditorEditsAPracticeProfileAndEscapeReturnsToEdit() {
        logIn("coordinator");
        open(PRACTICE_PAGE);
        By edit = By.cssSelector(".gpt-practice-profile__edit");

        tabTo(edit);
        press(Keys.SPACE);
        waitFor(By.cssSelector(".gpt-practice-profile__editor"));
        WebElement first = focused();
        assertThat(first.getTagName()).isIn("input", "textarea", "select");
        press(Keys.ESCAPE);
        waitUntilGone(By.cssSelector(".gpt-practice-profile__editor"));
        assertThat(focused()).isEqualTo(driver.findElement(edit));

        tabTo(edit);
        press(Keys.ENTER);
        waitFor(By.cssSelector(".gpt-practice-profile__editor"));
        WebElement summary = driver.findElement(By.cssSelector(".gpt-practice-profile__editor [name=summary]"));
        tabTo(summary);
        press(Keys.chord(Keys.CONTROL, "a"));
        type("Mentors in school and company share one logbook, edited by keyboard.");
        tabToSubmit();
        press(Keys.ENTER);
        waitForText(".gpt-practice-profile__summary", "edited by keyboard");
    }

    @Test
    void anAssessorRatesByKeyboardAndEscapeClosesTheForm() {
        logIn("editor-nl");
        open(PRACTICE_PAGE);
        By rate = By.cssSelector(".gpt-assessment__rate");

        tabTo(rate);
        press(Keys.ENTER);
        waitFor(By.cssSelector(".gpt-assessment__form select"));
        waitUntil(d -> "select".equals(focused().getTagName()));
        press(Keys.ESCAPE);
        waitUntil(d -> "false".equals(d.findElement(rate).getAttribute("aria-expanded")));
        assertThat(focused()).isEqualTo(driver.findElement(rate));

        press(Keys.ENTER);
        waitUntil(d -> "select".equals(focused().getTagName()));
        press(Keys.ARROW_DOWN);
        press(Keys.TAB);
        type("Rated with the keyboard alone");
        press(Keys.TAB);
        press(Keys.ENTER); // in the evidence field: submits the form
        // the page reloads with the rating in every partner's ratings (inside a closed <details>: read its text)
        waitUntil(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "const t = document.querySelector('.gpt-assessment__ratings-table'); return t && t.textContent;"))
                .contains("Rated with the keyboard alone"));
    }

    @Test
    void aReaderSwitchesARemindersOffByKeyboard() {
        logIn("editor-fr");
        open(SampleReminders.PREFERENCES_PAGE);
        By box = By.id("gpt-reminder-weeklySummary");

        tabTo(box);
        press(Keys.SPACE);
        assertThat(driver.findElement(box).isSelected()).isFalse();
        tabToSubmit();
        press(Keys.ENTER);
        waitUntil(d -> !d.findElement(By.cssSelector(".gpt-reminder-preferences__status")).getText().isBlank());
        assertThat(driver.findElement(By.cssSelector(".gpt-reminder-preferences__status")).getAttribute("role"))
                .isEqualTo("status");
    }

    @Test
    void aSpaceAdministratorOpensTheCriteriaCopyByKeyboard() {
        logIn("coordinator");
        open(SampleData.SETTINGS_PAGE);
        By adjust = By.cssSelector(".gpt-practice-settings__criteria button[aria-expanded]");

        tabTo(adjust);
        press(Keys.ENTER);
        waitUntil(d -> "true".equals(d.findElement(adjust).getAttribute("aria-expanded")));
        assertThat(driver.findElements(By.cssSelector(".gpt-practice-settings__criteria input"))).isNotEmpty();
    }

    private void open(long pageId) {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        waitFor(By.id("wb-current-user"));
        waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && !document.querySelector('[aria-busy=\"true\"]');")));
    }

    /** The first sample page, in the dashboard's order, that shows the element (e.g. a barrier's Create step). */
    private void openFirstPageWith(String css) {
        driver.get(workbench.baseUrl() + "/");
        List<String> pages = driver.findElements(By.cssSelector("main a[href*='viewpage.action?pageId=']")).stream()
                .map(link -> link.getAttribute("href")).toList();
        for (String page : pages) {
            driver.get(page);
            waitFor(By.id("wb-current-user"));
            if (!driver.findElements(By.cssSelector(css)).isEmpty()) {
                open(Long.parseLong(page.replaceAll(".*pageId=(\\d+).*", "$1")));
                return;
            }
        }
        throw new AssertionError("no sample page shows " + css);
    }

    private void tabTo(By target) {
        tabTo(waitFor(target));
    }

    /** Presses Tab until the element has focus, checking that every stop on the way shows where focus is. */
    private void tabTo(WebElement target) {
        for (int presses = 0; presses < 400; presses++) {
            if (focused().equals(target)) {
                return;
            }
            press(Keys.TAB);
            assertFocusVisible();
        }
        throw new AssertionError("Tab never reached " + target.getTagName() + " '" + target.getText() + "'");
    }

    /** From a field to the Save button of its form. */
    private void tabToSubmit() {
        WebElement submit = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement.form.querySelector('button[type=submit]');");
        tabTo(submit);
    }

    private void assertFocusVisible() {
        WebElement element = focused();
        String ring = (String) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(document.activeElement);"
                        + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;", new Object[0]);
        boolean outline = !ring.startsWith("none") && !ring.contains(" 0px ");
        boolean shadow = !ring.endsWith("none");
        assertThat(outline || shadow).as("focus ring on %s '%s' (%s)", element.getTagName(),
                element.getAccessibleName(), ring).isTrue();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }
}
