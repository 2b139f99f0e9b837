package eu.goodpractice.transfer.report.ao;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.PlanDraft;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.actionplan.ao.ActiveObjectsActionPlanStore;
import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.assessment.ao.ActiveObjectsAssessmentStore;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.engagement.DisseminationDraft;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.EngagementDraft;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.engagement.StakeholderDraft;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.engagement.ao.ActiveObjectsDisseminationStore;
import eu.goodpractice.transfer.engagement.ao.ActiveObjectsStakeholderStore;
import eu.goodpractice.transfer.engagement.ao.AoDissemination;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.report.PartnerFigures;
import eu.goodpractice.transfer.report.ReportPeriod;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the report's store must count, on each database the app supports (see the subclasses): every figure from
 * hand-built rows, the period's first and last days included and the days around them left out, nothing from
 * spaces not asked for, and the same seven statements for a few rows or many.
 */
public abstract class PartnershipReportStoreContract {
    static final ReportPeriod YEAR = new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    static final LocalDate AFTER_YEAR = LocalDate.parse("2027-01-01");
    static final Instant FIRST_MOMENT = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant LAST_MOMENT = Instant.parse("2026-12-31T23:59:59Z");
    static final Instant BEFORE = Instant.parse("2025-12-31T23:59:59Z");
    static final Instant AFTER = Instant.parse("2027-01-01T00:00:00Z");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsPartnershipReportStore store;
    private ActiveObjectsAssessmentStore results;
    private ActiveObjectsActionPlanStore plans;
    private ActiveObjectsStakeholderStore stakeholders;
    private ActiveObjectsDisseminationStore dissemination;

    @Before
    public void emptyTables() throws Exception {
        for (Class<? extends net.java.ao.RawEntity<Integer>> table : List.of(AoResultSummary.class,
                AoPractice.class, AoActionStep.class, AoActionPlan.class, AoEngagement.class, AoStakeholder.class,
                AoDissemination.class)) {
            entityManager.deleteWithSQL(table, "ID > ?", 0);
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new ActiveObjectsPartnershipReportStore(ao);
        results = new ActiveObjectsAssessmentStore(ao);
        plans = new ActiveObjectsActionPlanStore(ao);
        stakeholders = new ActiveObjectsStakeholderStore(ao);
        dissemination = new ActiveObjectsDisseminationStore(ao);
    }

    @Test
    @NonTransactional
    public void practicesDocumentedByTheEndOfThePeriodCountForTheirCountryByStatus() throws Exception {
        practice(1, "VET", "DE", PracticeStatus.VALIDATED, BEFORE);
        practice(2, "VET", "DE", PracticeStatus.DRAFT, LAST_MOMENT);
        practice(3, "VET", "DE", PracticeStatus.VALIDATED, AFTER);
        practice(4, "VET", "FR", PracticeStatus.ANCHORED, FIRST_MOMENT);
        practice(5, "EU", "FR", PracticeStatus.ANCHORED, FIRST_MOMENT);
        practice(6, "VET", "FR", PracticeStatus.DRAFT, FIRST_MOMENT);
        trash(6);

        Map<String, PartnerFigures> partners = figures(Set.of("VET"));

        assertThat(partners.get("DE").practicesByStatus())
                .as("documented on the last day counts, a day later not")
                .isEqualTo(Map.of(PracticeStatus.VALIDATED, 1, PracticeStatus.DRAFT, 1));
        assertThat(partners.get("FR").practicesByStatus()).as("the EU space was not asked for; trashed left out")
                .isEqualTo(Map.of(PracticeStatus.ANCHORED, 1));
    }

    @Test
    @NonTransactional
    public void assessmentsCountForTheTargetCountryWhenLastRatedInThePeriod() throws Exception {
        practice(1, "VET", "DE", PracticeStatus.VALIDATED, BEFORE);
        practice(2, "VET", "IT", PracticeStatus.VALIDATED, BEFORE);
        result(1, "VET", "PL", 2, FIRST_MOMENT);
        result(2, "VET", "PL", 1, LAST_MOMENT);
        result(1, "VET", "FR", 3, BEFORE);
        result(2, "VET", "FR", 2, AFTER);
        result(1, "VET", "NL", 0, FIRST_MOMENT);
        result(9, "VET", "NL", 2, FIRST_MOMENT);

        Map<String, PartnerFigures> partners = figures(Set.of("VET"));

        assertThat(partners.get("PL").assessments()).isEqualTo(2);
        assertThat(partners.get("FR")).as("rated before and after the year only").isNull();
        assertThat(partners.get("NL")).as("no assessor left, or no practice in the registry").isNull();
    }

    @Test
    @NonTransactional
    public void stepsCompletedInThePeriodOverdueAtItsEndAndTransfersByAnchoring() throws Exception {
        ActionPlan kammer = plans.createPlan(new PlanDraft("VET", "Kammer", "DE", null), "ana", BEFORE);
        ActionPlan lycee = plans.createPlan(new PlanDraft("VET", "Lycee", "FR", null), "ana", BEFORE);
        ActionPlan elsewhere = plans.createPlan(new PlanDraft("EU", "Other", "DE", null), "ana", BEFORE);
        step(kammer, StepStatus.DONE, null, 11L, AnchoringLevel.INSTITUTIONALISED, LAST_MOMENT);
        step(kammer, StepStatus.DONE, null, 11L, AnchoringLevel.PILOT, FIRST_MOMENT);
        step(kammer, StepStatus.DONE, null, 12L, AnchoringLevel.INSTITUTIONALISED, AFTER);
        step(kammer, StepStatus.IN_PROGRESS, "2026-12-31", 13L, AnchoringLevel.INSTITUTIONALISED, FIRST_MOMENT);
        step(kammer, StepStatus.NOT_STARTED, "2027-01-01", null, null, FIRST_MOMENT);
        step(kammer, StepStatus.DONE, "2026-02-01", null, null, BEFORE);
        step(lycee, StepStatus.DROPPED, "2026-02-01", 14L, null, FIRST_MOMENT);
        step(lycee, StepStatus.BLOCKED, "2026-02-01", 15L, AnchoringLevel.ADOPTED, FIRST_MOMENT);
        step(elsewhere, StepStatus.DONE, "2026-02-01", 16L, null, FIRST_MOMENT);

        Map<String, PartnerFigures> partners = figures(Set.of("VET"));

        PartnerFigures germany = partners.get("DE");
        assertThat(germany.stepsCompleted()).as("done on the first and last moment of the year").isEqualTo(2);
        assertThat(germany.stepsOverdue()).as("open and due on the period's last day").isEqualTo(1);
        assertThat(germany.transfersAnchored()).as("practice 11 and 12: a done institutionalised step")
                .isEqualTo(2);
        assertThat(germany.transfersInProgress()).as("practice 13: institutionalised but not done").isEqualTo(1);
        PartnerFigures france = partners.get("FR");
        assertThat(france.stepsOverdue()).as("blocked counts, dropped not").isEqualTo(1);
        assertThat(france.transfersInProgress()).as("a dropped step is no transfer").isEqualTo(1);
        assertThat(france.stepsCompleted()).isZero();
    }

    @Test
    @NonTransactional
    public void engagementsCountOncePerPartnerTypeAndLevelWithinThePeriod() throws Exception {
        int chamber = stakeholder("VET", StakeholderType.CHAMBER, StakeholderLevel.REGIONAL, "DE");
        int chamber2 = stakeholder("VET", StakeholderType.CHAMBER, StakeholderLevel.REGIONAL, "DE");
        int school = stakeholder("VET", StakeholderType.VOCATIONAL_SCHOOL, StakeholderLevel.LOCAL, "DE");
        int ministry = stakeholder("VET", StakeholderType.AUTHORITY, StakeholderLevel.NATIONAL, "PL");
        engagement("VET", "2026-01-01", chamber, chamber2);
        engagement("VET", "2026-12-31", chamber, school, ministry);
        engagement("VET", "2025-12-31", chamber);
        engagement("VET", "2027-01-01", school);

        Map<String, PartnerFigures> partners = figures(Set.of("VET"));

        assertThat(partners.get("DE").engagements()).containsExactly(
                new EngagementTally(StakeholderType.CHAMBER, StakeholderLevel.REGIONAL, 2),
                new EngagementTally(StakeholderType.VOCATIONAL_SCHOOL, StakeholderLevel.LOCAL, 1));
        assertThat(partners.get("PL").engagements()).containsExactly(
                new EngagementTally(StakeholderType.AUTHORITY, StakeholderLevel.NATIONAL, 1));
    }

    @Test
    @NonTransactional
    public void disseminationByTypeWithReachWithinThePeriodAndWithoutCountryLast() throws Exception {
        activity("VET", DisseminationType.CONFERENCE, "2026-01-01", "IT", 120);
        activity("VET", DisseminationType.CONFERENCE, "2026-12-31", "IT", 80);
        activity("VET", DisseminationType.NEWSLETTER, "2026-06-01", "IT", 1500);
        activity("VET", DisseminationType.CONFERENCE, "2025-12-31", "IT", 999);
        activity("VET", DisseminationType.CONFERENCE, "2027-01-01", "IT", 999);
        activity("VET", DisseminationType.MEDIA, "2026-06-01", null, 40);
        activity("EU", DisseminationType.MEDIA, "2026-06-01", "IT", 999);

        List<PartnerFigures> partners = store.figures(Set.of("VET"), YEAR, AFTER_YEAR, ZoneOffset.UTC);

        assertThat(partners).extracting(PartnerFigures::partner).containsExactly("IT", PartnerFigures.NO_COUNTRY);
        assertThat(partners.get(0).dissemination()).containsExactly(
                new DisseminationTotal(DisseminationType.CONFERENCE, "IT", 2, 200),
                new DisseminationTotal(DisseminationType.NEWSLETTER, "IT", 1, 1500));
        assertThat(partners.get(0).reach()).isEqualTo(1700);
        assertThat(partners.get(1).dissemination()).containsExactly(
                new DisseminationTotal(DisseminationType.MEDIA, null, 1, 40));
    }

    @Test
    @NonTransactional
    public void aReportCostsTheSameSevenStatementsForFewOrManyRows() throws Exception {
        int few = statementsForAReport(2);
        emptyTables();
        int many = statementsForAReport(30);

        assertThat(many).isEqualTo(few).isEqualTo(7);
    }

    private int statementsForAReport(int rows) throws Exception {
        ActionPlan plan = plans.createPlan(new PlanDraft("VET", "Kammer", "DE", null), "ana", BEFORE);
        ActionPlan other = plans.createPlan(new PlanDraft("EU", "Lycee", "FR", null), "ana", BEFORE);
        for (int i = 1; i <= rows; i++) {
            String space = i % 2 == 0 ? "VET" : "EU";
            String country = i % 3 == 0 ? "DE" : "FR";
            practice(i, space, country, PracticeStatus.VALIDATED, FIRST_MOMENT);
            result(i, space, "PL", 2, FIRST_MOMENT);
            step(i % 2 == 0 ? plan : other, StepStatus.DONE, "2026-03-01", (long) i, null, FIRST_MOMENT);
            int id = stakeholder(space, StakeholderType.COMPANY, StakeholderLevel.LOCAL, country);
            engagement(space, "2026-03-01", id);
            activity(space, DisseminationType.FAIR, "2026-03-01", country, 10);
        }
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            List<PartnerFigures> partners = store.figures(Set.of("VET", "EU"), YEAR, AFTER_YEAR, ZoneOffset.UTC);
            assertThat(PartnerFigures.sum(null, partners).disseminationActivities()).isEqualTo(rows);
            assertThat(PartnerFigures.sum(null, partners).stepsCompleted()).isEqualTo(rows);
            return sql.count();
        }
    }

    @Test
    @NonTransactional
    public void spacesHoldingReportDataComeFromEveryFeature() throws Exception {
        practice(1, "VET", "DE", PracticeStatus.DRAFT, FIRST_MOMENT);
        plans.createPlan(new PlanDraft("PLANS", "Kammer", "DE", null), "ana", BEFORE);
        stakeholder("MAP", StakeholderType.COMPANY, StakeholderLevel.LOCAL, "DE");
        activity("LOG", DisseminationType.FAIR, "2026-03-01", "DE", 10);

        assertThat(store.spaceKeys()).containsExactly("LOG", "MAP", "PLANS", "VET");
    }

    private Map<String, PartnerFigures> figures(Set<String> spaces) {
        Map<String, PartnerFigures> byPartner = new java.util.HashMap<>();
        store.figures(spaces, YEAR, AFTER_YEAR, ZoneOffset.UTC).forEach(f -> byPartner.put(f.partner(), f));
        return byPartner;
    }

    private void practice(long pageId, String space, String country, PracticeStatus status, Instant created)
            throws Exception {
        Date at = Date.from(created);
        entityManager.create(AoPractice.class,
                new DBParam("PAGE_ID", pageId), new DBParam("SPACE_KEY", space), new DBParam("TITLE", "P" + pageId),
                new DBParam("SORT_TITLE", ("P" + pageId).toLowerCase(Locale.ROOT)), new DBParam("INSTITUTION", "I"),
                new DBParam("COUNTRY", country), new DBParam("THEME", "t"), new DBParam("STATUS", status.name()),
                new DBParam("TRASHED", false), new DBParam("CREATED_BY", "ana"), new DBParam("CREATED_AT", at),
                new DBParam("UPDATED_BY", "ana"), new DBParam("UPDATED_AT", at), new DBParam("LOCK_VERSION", 0));
    }

    private void trash(long pageId) throws Exception {
        AoPractice row = entityManager.find(AoPractice.class, "PAGE_ID = ?", pageId)[0];
        row.setTrashed(true);
        row.save();
    }

    private void result(long pageId, String space, String country, int assessors, Instant updated) {
        results.saveSummary(new ResultSummary(pageId, space, country, 3.5, Optional.of(Band.ADAPTATION), 1.0,
                assessors, updated));
    }

    private void step(ActionPlan plan, StepStatus status, String due, Long practice, AnchoringLevel anchoring,
                      Instant updated) {
        plans.createStep(plan.id(), new StepDraft("Step", null, null, due == null ? null : LocalDate.parse(due),
                status, StepPriority.MEDIUM, practice, List.of(), anchoring), "ana", updated);
    }

    private int stakeholder(String space, StakeholderType type, StakeholderLevel level, String country) {
        return stakeholders.createStakeholder(new StakeholderDraft(space, "Org " + type + country, type, level,
                country, null, false), "ana", BEFORE).id();
    }

    private void engagement(String space, String date, Integer... stakeholderIds) {
        stakeholders.createEngagement(new EngagementDraft(space, LocalDate.parse(date), List.of(stakeholderIds),
                EngagementFormat.MEETING, "Topic", null, null, List.of(), List.of()), "ana", BEFORE);
    }

    private void activity(String space, DisseminationType type, String date, String country, long reach) {
        dissemination.create(new DisseminationDraft(space, type, null, LocalDate.parse(date), "Title", "en", country,
                "Audience", reach, null, List.of()), "ana", BEFORE);
    }
}
