package eu.goodpractice.transfer.report;

import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.practice.PracticeStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One partner's figures for a period. {@code partner} is a country code, or {@link #NO_COUNTRY} for dissemination
 * recorded without a country. Engagement tallies are by stakeholder type and level; dissemination totals by type
 * (their country is the partner's).
 */
public record PartnerFigures(String partner, Map<PracticeStatus, Integer> practicesByStatus, int assessments,
                             int transfersInProgress, int transfersAnchored, int stepsCompleted, int stepsOverdue,
                             List<EngagementTally> engagements, List<DisseminationTotal> dissemination) {
    /** The partner of activities recorded without a country: shown, never lost from the totals. */
    public static final String NO_COUNTRY = "";

    public PartnerFigures {
        Map<PracticeStatus, Integer> byStatus = new EnumMap<>(PracticeStatus.class);
        byStatus.putAll(practicesByStatus);
        practicesByStatus = Collections.unmodifiableMap(byStatus);
        engagements = List.copyOf(engagements);
        dissemination = List.copyOf(dissemination);
    }

    public int practices() {
        return practicesByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Engagement cells summed: an engagement with a chamber and a school counts in both cells. */
    public int engagementCount() {
        return engagements.stream().mapToInt(EngagementTally::engagements).sum();
    }

    public int disseminationActivities() {
        return dissemination.stream().mapToInt(DisseminationTotal::activities).sum();
    }

    public long reach() {
        return dissemination.stream().mapToLong(DisseminationTotal::reach).sum();
    }

    /** The figures of several partners added up, under the given name. */
    public static PartnerFigures sum(String name, Collection<PartnerFigures> partners) {
        Map<PracticeStatus, Integer> byStatus = new EnumMap<>(PracticeStatus.class);
        Map<List<Enum<?>>, Integer> engagements = new HashMap<>();
        Map<Enum<?>, long[]> dissemination = new HashMap<>();
        int assessments = 0;
        int inProgress = 0;
        int anchored = 0;
        int completed = 0;
        int overdue = 0;
        for (PartnerFigures partner : partners) {
            partner.practicesByStatus.forEach((status, count) -> byStatus.merge(status, count, Integer::sum));
            assessments += partner.assessments;
            inProgress += partner.transfersInProgress;
            anchored += partner.transfersAnchored;
            completed += partner.stepsCompleted;
            overdue += partner.stepsOverdue;
            partner.engagements.forEach(tally -> engagements.merge(List.of(tally.type(), tally.level()),
                    tally.engagements(), Integer::sum));
            partner.dissemination.forEach(total -> {
                long[] sum = dissemination.computeIfAbsent(total.type(), type -> new long[2]);
                sum[0] += total.activities();
                sum[1] += total.reach();
            });
        }
        List<EngagementTally> tallies = new ArrayList<>();
        engagements.forEach((cell, count) -> tallies.add(new EngagementTally(
                (StakeholderType) cell.get(0),
                (StakeholderLevel) cell.get(1), count)));
        tallies.sort(Comparator.comparing(EngagementTally::type).thenComparing(EngagementTally::level));
        List<DisseminationTotal> totals = new ArrayList<>();
        dissemination.forEach((type, sum) -> totals.add(new DisseminationTotal(
                (DisseminationType) type, name, (int) sum[0], sum[1])));
        totals.sort(Comparator.comparing(DisseminationTotal::type));
        return new PartnerFigures(name, byStatus, assessments, inProgress, anchored, completed, overdue, tallies,
                totals);
    }
}
