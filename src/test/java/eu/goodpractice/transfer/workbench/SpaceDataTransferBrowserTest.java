package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The space data transfer page in headless Chromium: a space administrator chooses an app data file, the page
 * checks it first (nothing written) and imports it only when asked; a file that is not JSON is named as such.
 */
class SpaceDataTransferBrowserTest extends BrowserTestBase {
    @Test
    void aSpaceAdministratorChecksAFileFirstThenImportsIt() throws Exception {
        Path file = Files.createTempFile("VET-app-data", ".json");
        String before = export("coordinator");
        Files.writeString(file, before);
        logIn("coordinator");
        open();

        driver.findElement(By.cssSelector(".gpt-space-data input[type=file]")).sendKeys(file.toString());
        click(By.cssSelector("[data-gpt-action=check]"));
        waitForText(".gpt-space-data__status", "Checked, nothing written yet: 0 records would be new, 0 changed");
        assertThat(withoutTime(export("coordinator"))).as("a check writes nothing").isEqualTo(withoutTime(before));

        click(By.cssSelector("[data-gpt-action=import]"));
        waitForText(".gpt-space-data__status", "Imported: 0 records new, 0 changed");
        Files.delete(file);
    }

    @Test
    void aFileThatIsNotJsonIsNamedAsSuchAndNothingIsSent() throws Exception {
        Path file = Files.createTempFile("notes", ".json");
        Files.writeString(file, "practice;country\nDual mentoring;DE\n");
        logIn("coordinator");
        open();

        driver.findElement(By.cssSelector(".gpt-space-data input[type=file]")).sendKeys(file.toString());
        click(By.cssSelector("[data-gpt-action=check]"));

        waitForText(".gpt-space-data__status", "This file is not an app data file (not JSON).");
        assertThat(driver.findElement(By.cssSelector("[data-gpt-action=import]")).isDisplayed()).isFalse();
        Files.delete(file);
    }

    private void open() {
        driver.get(workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SamplePortability.TRANSFER_PAGE);
        waitFor(By.cssSelector("[data-gpt-action=check]"));
    }

    /** The file less its export time, which differs per call. */
    private static String withoutTime(String file) {
        return file.replaceAll("\"exportedAt\":\"[^\"]*\"", "");
    }

    /** The space's app data file as the download link gives it. */
    private static String export(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(workbench.baseUrl()
                        + "/rest/practice-transfer/1.0/spaces/" + SampleData.SPACE + "/data-export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
