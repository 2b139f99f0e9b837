package eu.goodpractice.transfer.reminder.ao;

import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.PlanDraft;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.actionplan.ao.ActiveObjectsActionPlanStore;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.platform.SalTranslations;
import eu.goodpractice.transfer.reminder.Digest;
import eu.goodpractice.transfer.reminder.DigestCollector;
import eu.goodpractice.transfer.reminder.DueStep;
import eu.goodpractice.transfer.reminder.ReminderJob;
import eu.goodpractice.transfer.reminder.ReminderKind;
import eu.goodpractice.transfer.reminder.ReminderMails;
import eu.goodpractice.transfer.reminder.ReminderPreferences;
import eu.goodpractice.transfer.reminder.ReminderWindow;
import eu.goodpractice.transfer.reminder.SummaryCollector;
import eu.goodpractice.transfer.reminder.WeeklyPlanReport;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.MailSender;
import eu.goodpractice.transfer.shared.OutgoingMail;
import eu.goodpractice.transfer.shared.Recipient;
import eu.goodpractice.transfer.shared.RecipientDirectory;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * Reminders on real Active Objects, run on each database the app supports (see the subclasses): the digest for a
 * fixed clock holds exactly the right steps, the collection reads in a fixed number of statements, choices and the
 * log of what was sent are kept per user, kind and day.
 */
public abstract class ReminderStoreContract {
    /** A Tuesday: no weekly summaries, only digests. */
    static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsActionPlanStore plans;
    private ActiveObjectsReminderStore store;
    private final AccessPolicy access = mock(AccessPolicy.class);

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoActionStep.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoActionPlan.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoReminderPreference.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoReminderSent.class, "ID > ?", 0);
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        plans = new ActiveObjectsActionPlanStore(ao);
        store = new ActiveObjectsReminderStore(ao);
        when(access.userCanView(anyString(), eq("VET"))).thenReturn(true);
        when(access.userCanView(anyString(), eq("SECRET"))).thenReturn(false);
    }

    @Test
    @NonTransactional
    public void theDigestHoldsExactlyTheOpenStepsDueFromYesterdayBackAndWithinSevenDays() {
        ActionPlan vet = plans.createPlan(new PlanDraft("VET", "Berufskolleg", "DE", "dora"), "dora", NOW);
        ActionPlan secret = plans.createPlan(new PlanDraft("SECRET", "Closed partner", "FR", "dora"), "dora", NOW);
        step(vet, "due today", "anna", TODAY, StepStatus.NOT_STARTED);
        step(vet, "due in 7 days", "anna", TODAY.plusDays(7), StepStatus.IN_PROGRESS);
        step(vet, "due in 8 days", "anna", TODAY.plusDays(8), StepStatus.NOT_STARTED);
        step(vet, "due yesterday", "anna", TODAY.minusDays(1), StepStatus.BLOCKED);
        step(vet, "done yesterday", "anna", TODAY.minusDays(1), StepStatus.DONE);
        step(vet, "dropped", "anna", TODAY, StepStatus.DROPPED);
        step(vet, "no due date", "anna", null, StepStatus.NOT_STARTED);
        step(secret, "in a space anna may not view", "anna", TODAY, StepStatus.NOT_STARTED);
        step(vet, "someone else's", "bruno", TODAY.plusDays(2), StepStatus.NOT_STARTED);

        Map<String, Digest> digests = new DigestCollector(plans, access).digests(new ReminderWindow(TODAY));

        assertThat(titles(digests.get("anna").overdue())).containsExactly("due yesterday");
        assertThat(titles(digests.get("anna").dueSoon())).containsExactly("due today", "due in 7 days");
        assertThat(titles(digests.get("bruno").dueSoon())).containsExactly("someone else's");
        assertThat(digests).containsOnlyKeys("anna", "bruno");
    }

    @Test
    @NonTransactional
    public void theJobMailsEachOwnerInTheirLanguageOnceADayAndNothingToThoseWhoOptedOut() {
        ActionPlan vet = plans.createPlan(new PlanDraft("VET", "Berufskolleg <am Rhein>", "DE", null), "x", NOW);
        step(vet, "Mentoren schulen & begleiten", "anna", TODAY.plusDays(3), StepStatus.NOT_STARTED);
        step(vet, "Betriebe ansprechen", "anna", TODAY.minusDays(2), StepStatus.IN_PROGRESS);
        step(vet, "Not for an opted-out owner", "bruno", TODAY, StepStatus.NOT_STARTED);
        store.savePreferences("bruno", new ReminderPreferences(false, true));
        List<OutgoingMail> sent = new ArrayList<>();
        ReminderJob job = job(sent);

        assertThat(job.run(NOW).summary()).isEqualTo("sent 1, skipped 1, failed 0");
        assertThat(job.run(NOW).summary()).as("a second run the same day sends nothing twice")
                .isEqualTo("sent 0, skipped 2, failed 0");

        assertThat(sent).hasSize(1);
        OutgoingMail mail = sent.get(0);
        assertThat(mail.to()).isEqualTo("anna@example.org");
        assertThat(mail.subject()).isEqualTo(
                "Ihre Schritte im Aktionsplan: 1 \u00fcberf\u00e4llig, 1 f\u00e4llig in den n\u00e4chsten 7 Tagen");
        assertThat(mail.htmlBody()).contains("Mentoren schulen &amp; begleiten", "Betriebe ansprechen",
                "Berufskolleg &lt;am Rhein&gt;", "\u00dcberf\u00e4llig:", "https://wiki.example.org/display/VET",
                "https://wiki.example.org/display/VET/Reminder+preferences")
                .doesNotContain("Not for an opted-out owner");
        assertThat(store.sentOn(ReminderKind.DAILY_DIGEST, TODAY)).containsExactly("anna");
    }

    @Test
    @NonTransactional
    public void collectingDigestsTakesTwoStatementsHoweverManyOwnersAndPlans() {
        for (int p = 0; p < 4; p++) {
            ActionPlan plan = plans.createPlan(new PlanDraft("VET", "Partner " + p, "DE", null), "x", NOW);
            for (int owner = 0; owner < 5; owner++) {
                step(plan, "step " + owner, "owner" + owner, TODAY.plusDays(owner), StepStatus.NOT_STARTED);
            }
        }
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            Map<String, Digest> digests = new DigestCollector(plans, access).digests(new ReminderWindow(TODAY));

            assertThat(digests).hasSize(5);
            assertThat(sql.count()).as(String.join("\n", sql.statements())).isEqualTo(2);
        }
    }

    @Test
    @NonTransactional
    public void theWeeklySummaryShowsProgressWhatWasCompletedLastWeekWhatIsOverdueAndWhatComes() {
        Instant monday = Instant.parse("2026-11-23T06:00:00Z");
        LocalDate mondayDate = LocalDate.parse("2026-11-23");
        ActionPlan vet = plans.createPlan(new PlanDraft("VET", "Berufskolleg", "DE", "dora"), "dora", NOW);
        plans.createPlan(new PlanDraft("SECRET", "Closed partner", "FR", "dora"), "dora", NOW);
        plans.createPlan(new PlanDraft("VET", "Nobody responsible", "NL", null), "x", NOW);
        stepAt(vet, "done two days ago", mondayDate.minusDays(3), StepStatus.DONE, monday.minus(2, DAYS));
        stepAt(vet, "done ten days ago", mondayDate.minusDays(12), StepStatus.DONE, monday.minus(10, DAYS));
        stepAt(vet, "overdue", mondayDate.minusDays(1), StepStatus.IN_PROGRESS, monday.minus(20, DAYS));
        stepAt(vet, "due on Friday", mondayDate.plusDays(4), StepStatus.NOT_STARTED, monday.minus(20, DAYS));
        stepAt(vet, "due next month", mondayDate.plusDays(30), StepStatus.NOT_STARTED, monday.minus(20, DAYS));
        stepAt(vet, "dropped", mondayDate.plusDays(1), StepStatus.DROPPED, monday.minus(20, DAYS));

        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            Map<String, List<WeeklyPlanReport>> summaries = new SummaryCollector(plans, access)
                    .summaries(new ReminderWindow(mondayDate), monday);

            assertThat(sql.count()).as(String.join("\n", sql.statements())).isEqualTo(4);
            assertThat(summaries).containsOnlyKeys("dora");
            WeeklyPlanReport report = summaries.get("dora").get(0);
            assertThat(summaries.get("dora")).as("only plans in spaces dora may view").hasSize(1);
            assertThat(report.plan().institution()).isEqualTo("Berufskolleg");
            assertThat(report.progress()).isEqualTo(new PlanProgress(2, 5, 1));
            assertThat(report.completed()).extracting(ActionStep::title).containsExactly("done two days ago");
            assertThat(report.overdue()).extracting(ActionStep::title).containsExactly("overdue");
            assertThat(report.upcoming()).extracting(ActionStep::title).containsExactly("due on Friday");
        }
    }

    @Test
    @NonTransactional
    public void choicesAreKeptPerUserAndEverybodyElseGetsBoth() {
        store.savePreferences("anna", new ReminderPreferences(false, true));
        store.savePreferences("anna", new ReminderPreferences(true, false));
        store.savePreferences("bruno", new ReminderPreferences(false, false));

        assertThat(store.preferences("anna")).isEqualTo(new ReminderPreferences(true, false));
        assertThat(store.preferences("carla")).isEqualTo(ReminderPreferences.DEFAULT);
        assertThat(store.preferences(List.of("anna", "bruno", "carla"))).containsOnlyKeys("anna", "bruno");
    }

    @Test
    @NonTransactional
    public void theSentLogIsByKindAndDay() {
        store.recordSent("anna", ReminderKind.DAILY_DIGEST, TODAY, NOW);
        store.recordSent("bruno", ReminderKind.WEEKLY_SUMMARY, TODAY, NOW);

        assertThat(store.sentOn(ReminderKind.DAILY_DIGEST, TODAY)).containsExactly("anna");
        assertThat(store.sentOn(ReminderKind.WEEKLY_SUMMARY, TODAY)).containsExactly("bruno");
        assertThat(store.sentOn(ReminderKind.DAILY_DIGEST, TODAY.plusDays(1))).isEmpty();
    }

    private ReminderJob job(List<OutgoingMail> sent) {
        RecipientDirectory recipients = key -> Optional.of(new Recipient(key, key, key + "@example.org",
                Locale.GERMAN));
        MailSender mail = new MailSender() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public void send(OutgoingMail outgoing) {
                sent.add(outgoing);
            }
        };
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.org/");
        ReminderMails mails = new ReminderMails(new SalTranslations(new BundleI18nResolver(
                List.of("i18n/practice-transfer"), () -> Locale.ENGLISH)), new HostLinks(properties));
        return new ReminderJob(new DigestCollector(plans, access), new SummaryCollector(plans, access), store,
                recipients, mails, mail, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void step(ActionPlan plan, String title, String owner, LocalDate due, StepStatus status) {
        plans.createStep(plan.id(), new StepDraft(title, null, owner, due, status, StepPriority.MEDIUM, null,
                List.of(), AnchoringLevel.values()[0]), owner, NOW);
    }

    private void stepAt(ActionPlan plan, String title, LocalDate due, StepStatus status, Instant changed) {
        plans.createStep(plan.id(), new StepDraft(title, null, "anna", due, status, StepPriority.MEDIUM, null,
                List.of(), AnchoringLevel.values()[0]), "anna", changed);
    }

    private static List<String> titles(List<DueStep> steps) {
        return steps.stream().map(due -> due.step().title()).toList();
    }
}
