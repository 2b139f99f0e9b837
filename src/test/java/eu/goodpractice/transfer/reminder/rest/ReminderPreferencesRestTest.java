package eu.goodpractice.transfer.reminder.rest;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.testhost.RestClient;
import eu.goodpractice.transfer.testhost.RestServer;
import eu.goodpractice.transfer.testhost.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A user's reminder choices over real HTTP: their own only, saved per kind, bad values refused per field. */
class ReminderPreferencesRestTest {
    private static TestApp testApp;
    private static RestServer server;
    private static RestClient ana;

    @BeforeAll
    static void start() throws Exception {
        testApp = new TestApp();
        server = new RestServer(testApp.confluence, testApp.app.module(ReminderPreferencesResource.class));
        ana = new RestClient(server.restBase(), "ana", "en");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        testApp.close();
    }

    @Test
    void everybodyGetsBothRemindersUntilTheyOptOutOfOne() {
        RestClient.Reply before = ana.as("jan").get("/reminders/preferences");
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.at("dailyDigest").asBoolean()).isTrue();
        assertThat(before.at("weeklySummary").asBoolean()).isTrue();

        RestClient.Reply saved = ana.put("/reminders/preferences", "{\"dailyDigest\": false}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.at("dailyDigest").asBoolean()).isFalse();
        assertThat(saved.at("weeklySummary").asBoolean()).as("a field left out keeps its value").isTrue();

        assertThat(ana.get("/reminders/preferences").at("dailyDigest").asBoolean()).isFalse();
        assertThat(ana.as("jan").get("/reminders/preferences").at("dailyDigest").asBoolean())
                .as("another user's choices are their own").isTrue();
    }

    @Test
    void aValueThatIsNotYesOrNoIsRefusedAndNothingIsSaved() {
        RestClient.Reply refused = ana.as("viewer").put("/reminders/preferences",
                "{\"dailyDigest\": false, \"weeklySummary\": \"sometimes\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error("weeklySummary")).isNotBlank();
        assertThat(ana.as("viewer").get("/reminders/preferences").at("dailyDigest").asBoolean()).isTrue();
    }

    @Test
    void anonymousVisitorsHaveNoPreferences() {
        assertThat(ana.as(null).get("/reminders/preferences").status()).isEqualTo(401);
        assertThat(ana.as(null).put("/reminders/preferences", "{\"dailyDigest\": false}").status()).isEqualTo(401);
    }
}
