package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders end to end in the workbench: the app's job, registered with the stand-in scheduler on start, mails each
 * step owner over real SMTP (GreenMail) in the owner's language, the outbox page lists what arrived, and running the
 * job again the same day sends nothing twice.
 */
class ReminderOutboxTest {
    private static final Path DATA = Path.of("target", "reminder-test-workbench");
    private static WorkbenchServer workbench;

    @BeforeAll
    static void start() throws Exception {
        delete(DATA);
        workbench = new WorkbenchServer(DATA, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        workbench.close();
    }

    @Test
    void runningTheJobMailsEachOwnerInTheirLanguageOnceAndTheOutboxListsIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        post(browser, "/login.action", "os_username=coordinator&os_password=coordinator");

        HttpResponse<String> outbox = post(browser, "/workbench/outbox", "");

        MimeMessage german = only(to("editor-de@example.org"));
        assertThat(german.getSubject()).isEqualTo(
                "Ihre Schritte im Aktionsplan: 1 \u00fcberf\u00e4llig, 0 f\u00e4llig in den n\u00e4chsten 7 Tagen");
        assertThat(String.valueOf(german.getContent()))
                .contains("Train 12 in-company mentors with the chamber", "\u00dcberf\u00e4llig:",
                        workbench.baseUrl() + "/display/VET/Reminder+preferences")
                .doesNotContain("Add mentoring to the school");
        assertThat(only(to("coordinator@example.org")).getSubject())
                .isEqualTo("Your action-plan steps: 1 overdue, 0 due within 7 days");
        assertThat(to("editor-fr@example.org")).as("nothing of hers is due within seven days").isEmpty();

        int received = workbench.smtp().getReceivedMessages().length;
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).contains("Outbox", "editor-de@example.org",
                "Ihre Schritte im Aktionsplan", "sent " + received + ", skipped 0, failed 0");

        assertThat(post(browser, "/workbench/outbox", "").body())
                .contains("sent 0, skipped " + received + ", failed 0");
        assertThat(workbench.smtp().getReceivedMessages()).as("nothing sent twice on the same day").hasSize(received);
    }

    @Test
    void thePreferencesPageShowsTheReadersOwnChoices() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        workbench.baseUrl() + "/pages/viewpage.action?pageId=" + SampleReminders.PREFERENCES_PAGE))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "editor-nl:editor-nl".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("gpt-reminder-preferences", "Herinneringsmails", "reminder-preferences.js");
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(workbench.smtp().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(workbench.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
