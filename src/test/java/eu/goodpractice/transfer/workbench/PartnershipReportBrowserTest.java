package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;

/**
 * The partnership report in headless Chromium against the workbench: an editor records an engagement in the
 * stakeholder map and a dissemination activity in the log, through their macros' forms, and then finds both counted
 * for their partner and for all partners on the "Partnership report" page (1401), with its download links. A
 * failing test leaves a screenshot in target/screenshots.
 */
class PartnershipReportBrowserTest extends BrowserTestBase {
    private static final long STAKEHOLDERS_PAGE = 1301;

    @Test
    void anEngagementAndADisseminationActivityRecordedInTheirMacrosAreCountedInTheReport() {
        logIn("editor-fi");
        openReport();
        int engagementsBefore = number("FI", ".gpt-report__engagement-total");
        int activitiesBefore = number("FI", ".gpt-report__activities");
        int reachBefore = number("FI", ".gpt-report__reach");
        int allReachBefore = number("all", ".gpt-report__reach");
        assertThat(driver.findElements(By.cssSelector("a.gpt-report__download"))).extracting(a -> a.getText())
                .containsExactly("CSV", "Excel (XLSX)", "JSON");

        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + STAKEHOLDERS_PAGE);
        waitFor(By.cssSelector(".gpt-stakeholder-map"));
        click(By.cssSelector("button[data-gpt-action='add-engagement']"));
        WebElement form = waitFor(By.cssSelector(".gpt-stakeholder-map__form"));
        WebElement aalto = form.findElements(By.cssSelector(".gpt-stakeholder-map__choice")).stream()
                .filter(choice -> choice.getText().contains("Aalto University")).findFirst().orElseThrow();
        aalto.findElement(By.tagName("input")).click();
        setValue(form, "date", LocalDate.now().toString());
        new Select(form.findElement(By.name("format"))).selectByValue("MEETING");
        form.findElement(By.name("topic")).sendKeys("Work placements for ICT apprentices");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(".gpt-engagement-log", "Work placements for ICT apprentices");

        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleDissemination.PAGE);
        waitFor(By.cssSelector(".gpt-dissemination__filters"));
        click(By.xpath("//div[contains(@class,'gpt-dissemination__controls')]/button[normalize-space()='Record activity']"));
        form = waitFor(By.cssSelector(".gpt-dissemination__form"));
        new Select(form.findElement(By.name("type"))).selectByValue("FAIR");
        setValue(form, "date", LocalDate.now().toString());
        form.findElement(By.name("title")).sendKeys("Stand at Educa Helsinki");
        form.findElement(By.name("country")).sendKeys("FI");
        form.findElement(By.name("reach")).clear();
        form.findElement(By.name("reach")).sendKeys("275");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(".gpt-dissemination__list", "Stand at Educa Helsinki");

        openReport();
        assertThat(number("FI", ".gpt-report__engagement-total")).isEqualTo(engagementsBefore + 1);
        assertThat(number("FI", ".gpt-report__activities")).isEqualTo(activitiesBefore + 1);
        assertThat(number("FI", ".gpt-report__reach")).isEqualTo(reachBefore + 275);
        assertThat(number("all", ".gpt-report__reach")).isEqualTo(allReachBefore + 275);
        WebElement finland = partner("FI");
        assertThat(finland.findElement(By.cssSelector(".gpt-report__engagements")).getText())
                .contains("University").contains("National");
        assertThat(finland.findElement(By.cssSelector(".gpt-report__dissemination")).getText()).contains("Fair");
        Browser.screenshot(driver, "partnership-report");
    }

    private void openReport() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleReport.REPORT_PAGE);
        waitFor(By.cssSelector(".gpt-report"));
    }

    private WebElement partner(String code) {
        return driver.findElement(By.cssSelector(".gpt-report__partner[data-partner='" + code + "']"));
    }

    /** A figure of a partner's section, or 0 when the partner has no section yet. */
    private int number(String code, String css) {
        List<WebElement> sections = driver.findElements(By.cssSelector(
                ".gpt-report__partner[data-partner='" + code + "']"));
        return sections.isEmpty() ? 0 : Integer.parseInt(sections.get(0).findElement(By.cssSelector(css)).getText()
                .strip());
    }

    /** Date inputs take typed text in the browser's locale; setting the value is what every locale understands. */
    private void setValue(WebElement form, String name, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.name(name)), value);
    }
}
