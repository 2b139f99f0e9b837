package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.shared.ClusterJob;
import eu.goodpractice.transfer.shared.MailSender;
import eu.goodpractice.transfer.shared.OutgoingMail;
import eu.goodpractice.transfer.shared.Recipient;
import eu.goodpractice.transfer.shared.RecipientDirectory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily reminder run: each step owner's digest every day, each plan's responsible person's summary on Mondays.
 * Runs once per cluster. A recipient who opted out, or already got today's mail of that kind (a retried run, or a
 * second run the same day), is skipped; one recipient's failure (unknown user, no address, the mail server refusing)
 * is logged with the reason and the run goes on with the others.
 */
public class ReminderJob implements ClusterJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    static final DayOfWeek SUMMARY_DAY = DayOfWeek.MONDAY;

    private final DigestCollector digests;
    private final SummaryCollector summaries;
    private final ReminderStore store;
    private final RecipientDirectory recipients;
    private final ReminderMails mails;
    private final MailSender mail;
    private final Clock clock;

    public ReminderJob(DigestCollector digests, SummaryCollector summaries, ReminderStore store,
                       RecipientDirectory recipients, ReminderMails mails, MailSender mail, Clock clock) {
        this.digests = digests;
        this.summaries = summaries;
        this.store = store;
        this.recipients = recipients;
        this.mails = mails;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "eu.goodpractice.practice-transfer:reminders";
    }

    /** Every day at 06:00 server time, before the working day starts in the partners' countries. */
    @Override
    public String cronExpression() {
        return "0 0 6 * * ?";
    }

    @Override
    public JobReport run(Instant startedAt) {
        if (!mail.isConfigured()) {
            LOG.warn("Reminders not sent: Confluence has no outgoing mail server");
            return JobReport.skipped("no outgoing mail server");
        }
        Instant now = clock.instant();
        ReminderWindow window = new ReminderWindow(LocalDate.now(clock));
        Tally tally = new Tally();
        send(ReminderKind.DAILY_DIGEST, window, digests.digests(window),
                (recipient) -> digest -> mails.digest(recipient, digest), tally, now);
        if (window.today().getDayOfWeek() == SUMMARY_DAY) {
            send(ReminderKind.WEEKLY_SUMMARY, window, summaries.summaries(window, now),
                    (recipient) -> reports -> mails.summary(recipient, reports), tally, now);
        }
        String summary = "sent " + tally.sent + ", skipped " + tally.skipped + ", failed " + tally.failed;
        LOG.info("Reminders for {}: {}", window.today(), summary);
        return JobReport.done(summary);
    }

    private <T> void send(ReminderKind kind, ReminderWindow window, Map<String, T> contentByUser,
                          Function<Recipient, Function<T, OutgoingMail>> compose, Tally tally, Instant now) {
        if (contentByUser.isEmpty()) {
            return;
        }
        Map<String, ReminderPreferences> choices = store.preferences(contentByUser.keySet());
        Set<String> alreadySent = store.sentOn(kind, window.today());
        for (Map.Entry<String, T> entry : contentByUser.entrySet()) {
            String userKey = entry.getKey();
            if (!choices.getOrDefault(userKey, ReminderPreferences.DEFAULT).wants(kind)
                    || alreadySent.contains(userKey)) {
                tally.skipped++;
                continue;
            }
            try {
                Optional<Recipient> recipient = recipients.recipient(userKey);
                if (recipient.isEmpty()) {
                    throw new IllegalStateException("no such user");
                }
                if (!recipient.get().hasEmail()) {
                    throw new IllegalStateException("the user has no e-mail address");
                }
                mail.send(compose.apply(recipient.get()).apply(entry.getValue()));
                store.recordSent(userKey, kind, window.today(), now);
                tally.sent++;
            } catch (Exception e) {
                // one recipient's problem must not cost the others their mail
                tally.failed++;
                LOG.warn("Reminder {} for user key {} not sent: {}", kind, userKey, e.getMessage(), e);
            }
        }
    }

    /** Counts of one run. */
    private static final class Tally {
        int sent;
        int skipped;
        int failed;
    }
}
