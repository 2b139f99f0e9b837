package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import eu.goodpractice.transfer.export.CsvReader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The coordinator's dashboard in headless Chromium against the workbench's sample data (seven practices, five to a
 * page): paging, sorting and filtering happen through the REST API without reloading, the address keeps the view,
 * opening that address again restores it, and the export links download every row of the filtered view.
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
        String exportLink = driver.findElement(By.cssSelector("[data-export='practices'] a[data-format='csv']"))
                .getAttribute("href");
        assertThat(exportLink).contains("/exports/practices.csv").contains("country=DE").contains("dir=desc");
        assertThat(exportedTitles(exportLink)).as("the export holds what the reader filtered")
                .containsExactly("Duale Mentoren f\u00fcr Auszubildende");

        driver.get(shared);
        waitForText(RANGE, "Practices 1 to 1 of 1");
        assertThat(new Select(driver.findElement(By.cssSelector(".gpt-dashboard__filters [name='country']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("DE");
        assertThat(titles()).containsExactly("Duale Mentoren f\u00fcr Auszubildende");
        Browser.screenshot(driver, "dashboard");

        click(By.cssSelector(".gpt-dashboard__reset"));
        waitForText(RANGE, "Practices 1 to 5 of 7");
        assertThat(driver.getCurrentUrl()).doesNotContain("gpt-country");
        String everything = driver.findElement(By.cssSelector("[data-export='practices'] a[data-format='xlsx']"))
                .getAttribute("href");
        assertThat(everything).contains("/exports/practices.xlsx").doesNotContain("country=");
        List<String> all = exportedTitles(everything.replace(".xlsx", ".csv"));
        assertThat(all).as("every matching row, not only the page shown").hasSize(7).containsAll(titles());
    }

    /** Fetches an export link in the page, with the reader's session, and reads the practices' titles back. */
    private List<String> exportedTitles(String link) {
        Object csv = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text())"
                        + ".then(t => done(encodeURIComponent(t)), e => done('failed: ' + e));", link);
        // encoded in the page, since the driver would turn the CSV's CRLF line ends into LF
        String text = java.net.URLDecoder.decode(String.valueOf(csv), java.nio.charset.StandardCharsets.UTF_8);
        List<List<String>> records = CsvReader.parse(text.replace("\uFEFF", ""));
        assertThat(records.get(0).get(0)).isEqualTo("Practice");
        return records.subList(1, records.size()).stream().map(record -> record.get(0)).toList();
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
