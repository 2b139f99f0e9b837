package eu.goodpractice.transfer.report.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.engagement.ao.AoDissemination;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.engagement.ao.LinkedIds;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.report.PartnerFigures;
import eu.goodpractice.transfer.report.PartnershipReportStore;
import eu.goodpractice.transfer.report.ReportPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * {@link PartnershipReportStore} on Active Objects, reading (never writing) the features' tables. A report costs
 * seven streamed statements of a few narrow columns whatever the data size: practices, assessment results, plans,
 * their steps (through one IN list of plan ids), stakeholders, engagements and dissemination, each limited to the
 * spaces asked for; the figures are added up here, the same on every database AO supports.
 */
public class ActiveObjectsPartnershipReportStore implements PartnershipReportStore {
    private final ActiveObjects ao;

    public ActiveObjectsPartnershipReportStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<String> spaceKeys() {
        Set<String> keys = new TreeSet<>();
        ao.stream(AoPractice.class, Query.select("ID, " + AoPractice.SPACE_KEY).where(AoPractice.TRASHED + " = ?",
                false), row -> keys.add(row.getSpaceKey()));
        ao.stream(AoActionPlan.class, Query.select("ID, " + AoActionPlan.SPACE_KEY), row -> keys.add(row.getSpaceKey()));
        ao.stream(AoStakeholder.class, Query.select("ID, " + AoStakeholder.SPACE_KEY),
                row -> keys.add(row.getSpaceKey()));
        ao.stream(AoDissemination.class, Query.select("ID, " + AoDissemination.SPACE_KEY),
                row -> keys.add(row.getSpaceKey()));
        return keys;
    }

    @Override
    public List<PartnerFigures> figures(Set<String> spaces, ReportPeriod period, LocalDate overdueOn, ZoneId zone) {
        Map<String, Tally> partners = new HashMap<>();
        Set<Long> practicePages = practices(spaces, period, zone, partners);
        assessments(spaces, period, zone, practicePages, partners);
        steps(spaces, period, overdueOn, zone, partners);
        engagements(spaces, period, partners);
        dissemination(spaces, period, partners);
        List<PartnerFigures> figures = new ArrayList<>();
        partners.forEach((partner, tally) -> figures.add(tally.figures(partner)));
        figures.sort(Comparator.comparing(PartnerFigures::partner,
                Comparator.comparing((String code) -> code.equals(PartnerFigures.NO_COUNTRY))
                        .thenComparing(Comparator.naturalOrder())));
        return figures;
    }

    /** Practices documented by the end of the period, by their current status; answers every live practice. */
    private Set<Long> practices(Set<String> spaces, ReportPeriod period, ZoneId zone, Map<String, Tally> partners) {
        Set<Long> pages = new HashSet<>();
        ao.stream(AoPractice.class, Query.select("ID, " + AoPractice.PAGE_ID + ", " + AoPractice.COUNTRY + ", "
                        + AoPractice.STATUS + ", CREATED_AT").where(inSpaces(AoPractice.SPACE_KEY, spaces) + " AND "
                        + AoPractice.TRASHED + " = ?", values(spaces, false)),
                row -> {
                    pages.add(row.getPageId());
                    LocalDate created = row.getCreatedAt().toInstant().atZone(zone).toLocalDate();
                    if (row.getCountry() != null && !created.isAfter(period.to())) {
                        tally(partners, row.getCountry()).practices.merge(PracticeStatus.valueOf(row.getStatus()), 1,
                                Integer::sum);
                    }
                });
        return pages;
    }

    /** A practice assessed for a target country counts for that country's partner when last rated in the period. */
    private void assessments(Set<String> spaces, ReportPeriod period, ZoneId zone, Set<Long> practicePages,
                             Map<String, Tally> partners) {
        ao.stream(AoResultSummary.class, Query.select("ID, " + AoResultSummary.PAGE_ID + ", " + AoResultSummary.COUNTRY
                        + ", " + AoResultSummary.ASSESSORS + ", " + AoResultSummary.UPDATED_AT)
                        .where(inSpaces(AoResultSummary.SPACE_KEY, spaces), spaces.toArray()),
                row -> {
                    if (row.getAssessors() > 0 && practicePages.contains(row.getPageId())
                            && period.contains(row.getUpdatedAt().toInstant(), zone)) {
                        tally(partners, row.getCountry()).assessments++;
                    }
                });
    }

    /**
     * Steps count for their plan's country. A transfer is a plan's work on one practice (its steps linked to the
     * practice, not all dropped); it is anchored once one of them is done at the institutionalised level.
     */
    private void steps(Set<String> spaces, ReportPeriod period, LocalDate overdueOn, ZoneId zone,
                       Map<String, Tally> partners) {
        Map<Integer, String> planCountries = new HashMap<>();
        ao.stream(AoActionPlan.class, Query.select("ID, COUNTRY").where(inSpaces(AoActionPlan.SPACE_KEY, spaces),
                spaces.toArray()), row -> planCountries.put(row.getID(), row.getCountry()));
        if (planCountries.isEmpty()) {
            return;
        }
        Map<List<Object>, Boolean> transfers = new HashMap<>();
        ao.stream(AoActionStep.class, Query.select("ID, " + AoActionStep.PLAN_ID + ", " + AoActionStep.STATUS + ", "
                        + AoActionStep.DUE_DATE + ", " + AoActionStep.PRACTICE_PAGE_ID + ", ANCHORING, UPDATED_AT")
                        .where(AoActionStep.PLAN_ID + " IN (" + placeholders(planCountries.size()) + ")",
                                planCountries.keySet().toArray()),
                row -> {
                    String country = planCountries.get(row.getPlanId());
                    Tally tally = tally(partners, country);
                    StepStatus status = StepStatus.valueOf(row.getStatus());
                    if (status == StepStatus.DONE && period.contains(row.getUpdatedAt().toInstant(), zone)) {
                        tally.stepsCompleted++;
                    }
                    if (status.isOpen() && row.getDueDate() != null
                            && LocalDate.parse(row.getDueDate()).isBefore(overdueOn)) {
                        tally.stepsOverdue++;
                    }
                    if (row.getPracticePageId() != null && status != StepStatus.DROPPED) {
                        boolean anchoring = status == StepStatus.DONE
                                && AnchoringLevel.INSTITUTIONALISED.name().equals(row.getAnchoring());
                        transfers.merge(List.of(country, row.getPlanId(), row.getPracticePageId()), anchoring,
                                Boolean::logicalOr);
                    }
                });
        transfers.forEach((transfer, anchored) -> {
            Tally tally = tally(partners, (String) transfer.get(0));
            if (anchored) {
                tally.transfersAnchored++;
            } else {
                tally.transfersInProgress++;
            }
        });
    }

    /** An engagement counts once per partner country and stakeholder type and level of the stakeholders it names. */
    private void engagements(Set<String> spaces, ReportPeriod period, Map<String, Tally> partners) {
        Map<Integer, List<Object>> stakeholders = new HashMap<>();
        ao.stream(AoStakeholder.class, Query.select("ID, ORG_TYPE, REACH, COUNTRY")
                        .where(inSpaces(AoStakeholder.SPACE_KEY, spaces), spaces.toArray()),
                row -> stakeholders.put(row.getID(), List.of(country(row.getCountry()),
                        StakeholderType.valueOf(row.getOrgType()), StakeholderLevel.valueOf(row.getReach()))));
        ao.stream(AoEngagement.class, Query.select("ID, " + AoEngagement.STAKEHOLDER_IDS)
                        .where(inSpaces(AoEngagement.SPACE_KEY, spaces) + " AND " + AoEngagement.ENGAGED_ON
                                + " >= ? AND " + AoEngagement.ENGAGED_ON + " <= ?",
                                values(spaces, period.from().toString(), period.to().toString())),
                row -> {
                    Set<List<Object>> cells = new HashSet<>();
                    for (Integer id : LinkedIds.parse(row.getStakeholderIds(), Integer::valueOf)) {
                        List<Object> cell = stakeholders.get(id);
                        if (cell != null) {
                            cells.add(cell);
                        }
                    }
                    cells.forEach(cell -> tally(partners, (String) cell.get(0)).engagements.merge(
                            List.of((StakeholderType) cell.get(1), (StakeholderLevel) cell.get(2)), 1,
                            Integer::sum));
                });
    }

    private void dissemination(Set<String> spaces, ReportPeriod period, Map<String, Tally> partners) {
        ao.stream(AoDissemination.class, Query.select("ID, " + AoDissemination.ACTIVITY_TYPE + ", "
                        + AoDissemination.COUNTRY + ", " + AoDissemination.REACH)
                        .where(inSpaces(AoDissemination.SPACE_KEY, spaces) + " AND " + AoDissemination.ACTIVITY_DATE
                                + " >= ? AND " + AoDissemination.ACTIVITY_DATE + " <= ?",
                                values(spaces, period.from().toString(), period.to().toString())),
                row -> {
                    long[] sum = tally(partners, country(row.getCountry())).dissemination.computeIfAbsent(
                            DisseminationType.valueOf(row.getActivityType()), type -> new long[2]);
                    sum[0]++;
                    sum[1] += row.getReach();
                });
    }

    private static String country(String code) {
        return code == null || code.isBlank() ? PartnerFigures.NO_COUNTRY : code;
    }

    private static Tally tally(Map<String, Tally> partners, String country) {
        return partners.computeIfAbsent(country(country), code -> new Tally());
    }

    private static String inSpaces(String column, Set<String> spaces) {
        return column + " IN (" + placeholders(spaces.size()) + ")";
    }

    private static Object[] values(Set<String> spaces, Object... more) {
        List<Object> values = new ArrayList<>(spaces);
        values.addAll(List.of(more));
        return values.toArray();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** One partner's figures while the rows stream by. */
    private static final class Tally {
        final Map<PracticeStatus, Integer> practices = new EnumMap<>(PracticeStatus.class);
        int assessments;
        int transfersInProgress;
        int transfersAnchored;
        int stepsCompleted;
        int stepsOverdue;
        final Map<List<Enum<?>>, Integer> engagements = new HashMap<>();
        final Map<DisseminationType, long[]> dissemination = new EnumMap<>(DisseminationType.class);

        PartnerFigures figures(String partner) {
            List<EngagementTally> tallies = new ArrayList<>();
            for (StakeholderType type : StakeholderType.values()) {
                for (StakeholderLevel level : StakeholderLevel.values()) {
                    Integer count = engagements.get(List.of(type, level));
                    if (count != null) {
                        tallies.add(new EngagementTally(type, level, count));
                    }
                }
            }
            List<DisseminationTotal> totals = new ArrayList<>();
            dissemination.forEach((type, sum) -> totals.add(new DisseminationTotal(type,
                    partner.equals(PartnerFigures.NO_COUNTRY) ? null : partner, (int) sum[0], sum[1])));
            return new PartnerFigures(partner, practices, assessments, transfersInProgress, transfersAnchored,
                    stepsCompleted, stepsOverdue, tallies, totals);
        }
    }
}
