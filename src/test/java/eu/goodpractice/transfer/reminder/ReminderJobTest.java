package eu.goodpractice.transfer.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.shared.ClusterJob;
import eu.goodpractice.transfer.shared.MailDeliveryException;
import eu.goodpractice.transfer.shared.MailSender;
import eu.goodpractice.transfer.shared.OutgoingMail;
import eu.goodpractice.transfer.shared.Recipient;
import eu.goodpractice.transfer.shared.RecipientDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One run of the reminder job: who gets mail, who is skipped, and that one failure does not stop the others. */
class ReminderJobTest {
    private static final Instant TUESDAY = Instant.parse("2026-11-24T06:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");
    private static final LocalDate TUESDAY_DATE = LocalDate.parse("2026-11-24");

    private final DigestCollector digests = mock(DigestCollector.class);
    private final SummaryCollector summaries = mock(SummaryCollector.class);
    private final ReminderStore store = mock(ReminderStore.class);
    private final RecipientDirectory recipients = mock(RecipientDirectory.class);
    private final ReminderMails mails = mock(ReminderMails.class);
    private final MailSender mail = mock(MailSender.class);

    @BeforeEach
    void everyoneIsKnownAndTheServerIsUp() {
        when(mail.isConfigured()).thenReturn(true);
        for (String user : List.of("anna", "bruno", "carla", "dora")) {
            when(recipients.recipient(user)).thenReturn(Optional.of(
                    new Recipient(user, user, user + "@example.org", Locale.GERMAN)));
            when(mails.digest(argThat(r -> r != null && r.key().equals(user)), any()))
                    .thenReturn(new OutgoingMail(user + "@example.org", "digest", "<p>" + user + "</p>"));
        }
        when(store.preferences(anyCollection())).thenReturn(Map.of());
        when(store.sentOn(any(), any())).thenReturn(Set.of());
    }

    @Test
    void aMailServerFailureForOneUserIsLoggedAndTheOthersStillGetTheirs() throws Exception {
        when(digests.digests(any())).thenReturn(digestsFor("anna", "bruno", "carla"));
        doThrow(new MailDeliveryException("mailbox full")).when(mail)
                .send(argThat(m -> m.to().equals("bruno@example.org")));

        ClusterJob.JobReport report = job(TUESDAY).run(TUESDAY);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.summary()).isEqualTo("sent 2, skipped 0, failed 1");
        verify(store).recordSent(eq("anna"), eq(ReminderKind.DAILY_DIGEST), eq(TUESDAY_DATE), any());
        verify(store).recordSent(eq("carla"), eq(ReminderKind.DAILY_DIGEST), eq(TUESDAY_DATE), any());
        verify(store, never()).recordSent(eq("bruno"), any(), any(), any());
    }

    @Test
    void unknownUsersAndUsersWithoutAddressCountAsFailedAndTheRunGoesOn() throws Exception {
        when(digests.digests(any())).thenReturn(digestsFor("ghost", "anna", "noaddress"));
        when(recipients.recipient("ghost")).thenReturn(Optional.empty());
        when(recipients.recipient("noaddress")).thenReturn(Optional.of(
                new Recipient("noaddress", "No Address", " ", Locale.ENGLISH)));

        assertThat(job(TUESDAY).run(TUESDAY).summary()).isEqualTo("sent 1, skipped 0, failed 2");
        verify(mail).send(argThat(m -> m.to().equals("anna@example.org")));
    }

    @Test
    void optedOutUsersAndThoseAlreadyMailedTodayAreSkipped() throws Exception {
        when(digests.digests(any())).thenReturn(digestsFor("anna", "bruno", "carla"));
        when(store.preferences(anyCollection())).thenReturn(Map.of("bruno", new ReminderPreferences(false, true)));
        when(store.sentOn(ReminderKind.DAILY_DIGEST, TUESDAY_DATE)).thenReturn(Set.of("carla"));

        assertThat(job(TUESDAY).run(TUESDAY).summary()).isEqualTo("sent 1, skipped 2, failed 0");
        verify(mail).send(argThat(m -> m.to().equals("anna@example.org")));
        verify(mail, never()).send(argThat(m -> !m.to().equals("anna@example.org")));
    }

    @Test
    void weeklySummariesGoOutOnMondaysOnly() throws Exception {
        when(digests.digests(any())).thenReturn(Map.of());
        WeeklyPlanReport report = new WeeklyPlanReport(plan(), new eu.goodpractice.transfer.actionplan.PlanProgress(
                1, 2, 0), List.of(), List.of(), List.of());
        when(summaries.summaries(any(), any())).thenReturn(Map.of("dora", List.of(report)));
        when(mails.summary(any(), any())).thenReturn(new OutgoingMail("dora@example.org", "summary", "<p></p>"));

        assertThat(job(TUESDAY).run(TUESDAY).summary()).isEqualTo("sent 0, skipped 0, failed 0");
        assertThat(job(MONDAY).run(MONDAY).summary()).isEqualTo("sent 1, skipped 0, failed 0");
        verify(store).recordSent(eq("dora"), eq(ReminderKind.WEEKLY_SUMMARY), eq(LocalDate.parse("2026-11-23")),
                any());
    }

    @Test
    void withoutAMailServerNothingIsAttempted() throws Exception {
        when(mail.isConfigured()).thenReturn(false);

        ClusterJob.JobReport report = job(TUESDAY).run(TUESDAY);

        assertThat(report.succeeded()).isFalse();
        verify(mail, never()).send(any());
        verify(digests, never()).digests(any());
    }

    private ReminderJob job(Instant now) {
        return new ReminderJob(digests, summaries, store, recipients, mails, mail, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Map<String, Digest> digestsFor(String... users) {
        Map<String, Digest> byUser = new LinkedHashMap<>();
        for (String user : users) {
            ActionStep step = new ActionStep(1, 1, 0, "Step of " + user, null, user, TUESDAY_DATE,
                    StepStatus.IN_PROGRESS, StepPriority.MEDIUM, null, List.of(), null, null);
            byUser.put(user, new Digest(user, List.of(), List.of(new DueStep(step, plan()))));
        }
        return byUser;
    }

    private static ActionPlan plan() {
        return new ActionPlan(1, "VET", "Berufskolleg", "DE", "dora", null);
    }
}
