package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's dashboard in headless Chromium against the workbench's sample data (seven practices, five to a
 * page): paging, sorting and filtering happen through the REST API without reloading, the address keeps the view,
 * and opening that address again restores it.
 */
class DashboardBrowserTest extends BrowserTestBase {
    private static final String RANGE = ".gpt-dashboard__range";

    @Test
    void theCoordinatorPagesSortsAndFiltersAndTheAddressKeepsTheView() {
        logIn("coordinator");
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleDashboards.DASHBOARD_PAGE);
        WebElement form = waitFor(By.cssSelector(".gpt-dashboard__filters"));
        assertThat(rows()).hasSize(5);
        assertThat(driver.findElement(By.cssSelector(RANGE)).getText()).isEqualTo("Practices 1 to 5 of 7");
        assertThat(driver.findElement(By.cssSelector(".gpt-dashboard__summary")).getText())
                .contains("Practices: 7").contains("Transferable with adaptation");

        click(By.cssSelector("[data-gpt-action='next']"));
        waitForText(RANGE, "Practices 6 to 7 of 7");
        assertThat(rows()).hasSize(2);
        assertThat(driver.getCurrentUrl()).contains("gpt-start=5");

        click(By.cssSelector("th[data-sort='title'] button"));
        waitUntil(ExpectedConditions.attributeToBe(By.cssSelector("th[data-sort='title']"), "aria-sort",
                "descending"));
        waitForText(RANGE, "Practices 1 to 5 of 7");
        List<String> titles = titles();
        assertThat(titles).isSortedAccordingTo(Comparator.comparing(String::toLowerCase, Comparator.reverseOrder()));
        assertThat(driver.getCurrentUrl()).contains("gpt-dir=desc").doesNotContain("gpt-start");

        new Select(form.findElement(By.name("country"))).selectByValue("DE");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(RANGE, "Practices 1 to 1 of 1");
        assertThat(titles()).containsExactly("Duale Mentoren f\u00fcr Auszubildende");
        assertThat(driver.findElement(By.cssSelector(".gpt-dashboard__total")).getText()).isEqualTo("Practices: 1");
        String shared = driver.getCurrentUrl();
        assertThat(shared).contains("gpt-country=DE");

        driver.get(shared);
        waitForText(RANGE, "Practices 1 to 1 of 1");
        assertThat(new Select(driver.findElement(By.cssSelector(".gpt-dashboard__filters [name='country']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("DE");
        assertThat(titles()).containsExactly("Duale Mentoren f\u00fcr Auszubildende");
        Browser.screenshot(driver, "dashboard");

        click(By.cssSelector(".gpt-dashboard__reset"));
        waitForText(RANGE, "Practices 1 to 5 of 7");
        assertThat(driver.getCurrentUrl()).doesNotContain("gpt-country");
    }

    @Test
    void theCoordinatorFiltersByPageLabelsAndTheAddressKeepsThem() {
        logIn("coordinator");
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleDashboards.DASHBOARD_PAGE);
        WebElement form = waitFor(By.cssSelector(".gpt-dashboard__filters"));
        WebElement label = form.findElement(By.name("label"));

        label.sendKeys("green-skills");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(RANGE, "Practices 1 to 1 of 1");
        assertThat(titles()).containsExactly("Tablety w warsztacie szkolnym");
        assertThat(driver.getCurrentUrl()).contains("gpt-label=green-skills");

        label.clear();
        label.sendKeys("Green-Skills, mentoring");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForText(RANGE, "Practices 1 to 4 of 4");
        String shared = driver.getCurrentUrl();

        driver.get(shared);
        waitForText(RANGE, "Practices 1 to 4 of 4");
        assertThat(driver.findElement(By.cssSelector(".gpt-dashboard__filters [name='label']")).getAttribute("value"))
                .isEqualTo("Green-Skills, mentoring");
        assertThat(titles()).contains("Tablety w warsztacie szkolnym", "Landelijke handreiking mentoraat");

        WebElement again = driver.findElement(By.cssSelector(".gpt-dashboard__filters [name='label']"));
        again.clear();
        again.sendKeys("green skills");
        driver.findElement(By.cssSelector(".gpt-dashboard__filters button[type='submit']")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gpt-dashboard__status"),
                "green skills"));
    }

    @Test
    void theMatrixShowsBandWordAndScoreInEveryAssessedCellWithTotals() {
        logIn("coordinator");
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleDashboards.MATRIX_PAGE);
        WebElement matrix = waitFor(By.cssSelector(".gpt-matrix__table"));
        List<WebElement> cells = matrix.findElements(By.cssSelector("tbody .gpt-band"));
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.getText()).as("score and band word, not colour alone").matches("\\d\\.\\d .+|\u2013 .+");
            assertThat(cell.getAttribute("title")).isNotBlank();
        });
        assertThat(matrix.findElement(By.cssSelector("tfoot")).getText()).contains("Transferable with adaptation")
                .contains("Needs groundwork").contains("Incomplete");
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".gpt-dashboard__table tbody tr"));
    }

    private List<String> titles() {
        return rows().stream().map(row -> row.findElement(By.cssSelector("th")).getText()).toList();
    }
}
