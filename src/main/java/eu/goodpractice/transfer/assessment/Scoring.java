package eu.goodpractice.transfer.assessment;

import eu.goodpractice.transfer.assessment.AssessmentResult.CriterionResult;
import eu.goodpractice.transfer.assessment.AssessmentResult.DimensionResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns ratings into a result; docs/assessment-method.md states the same rules for users.
 * <ul>
 *   <li>Only criteria that are not retired count; ratings under retired ones are kept but ignored.</li>
 *   <li>A criterion is not applicable when every assessor who answered it said so; it then leaves the coverage.</li>
 *   <li>Per criterion: the median of the scores ("don't know" and "not applicable" are not scores), the spread
 *       (highest minus lowest), divergent when the spread reaches the set's divergence.</li>
 *   <li>Per dimension: the weighted mean of its rated criteria's medians (criterion weights).</li>
 *   <li>Overall: the weighted mean of the dimensions that have a score (dimension weights), banded only when the
 *       rated share of applicable criteria reaches the set's minimum coverage.</li>
 *   <li>Strengths: the three rated criteria with the highest medians; weaknesses: the three lowest of the rest.
 *       Ties keep the set's order.</li>
 * </ul>
 */
public final class Scoring {
    private Scoring() {
    }

    public static AssessmentResult result(CriteriaSet set, List<Rating> ratings) {
        Map<String, List<Rating>> byCriterion = ratings.stream()
                .collect(Collectors.groupingBy(Rating::criterionKey));
        List<CriterionResult> criteria = new ArrayList<>();
        for (Criterion criterion : set.activeCriteria()) {
            criteria.add(criterion(criterion, byCriterion.getOrDefault(criterion.key(), List.of()), set.rules()));
        }
        // means are rounded for showing only; the overall score is computed from the exact dimension means
        List<DimensionResult> dimensions = new ArrayList<>();
        List<double[]> dimensionMeans = new ArrayList<>();
        for (Dimension dimension : set.dimensions()) {
            Double mean = weightedMean(criteria.stream()
                    .filter(c -> c.dimension().equals(dimension.key()) && c.isRated())
                    .map(c -> new double[] {c.median(), set.criterion(c.criterionKey()).orElseThrow().weight()})
                    .toList());
            dimensions.add(new DimensionResult(dimension.key(), mean == null ? null : round(mean)));
            if (mean != null) {
                dimensionMeans.add(new double[] {mean, dimension.weight()});
            }
        }
        Double exactOverall = weightedMean(dimensionMeans);
        Double overall = exactOverall == null ? null : round(exactOverall);
        int applicable = (int) criteria.stream().filter(c -> !c.notApplicable()).count();
        int rated = (int) criteria.stream().filter(CriterionResult::isRated).count();
        boolean complete = overall != null && applicable > 0
                && (double) rated / applicable >= set.rules().minimumCoverage();
        Optional<Band> band = complete ? Optional.of(set.rules().band(overall)) : Optional.empty();

        List<CriterionResult> ranked = criteria.stream().filter(CriterionResult::isRated).toList();
        List<String> strengths = ranked.stream().sorted(Comparator.comparing(CriterionResult::median).reversed())
                .limit(3).map(CriterionResult::criterionKey).toList();
        List<String> weaknesses = ranked.stream().sorted(Comparator.comparing(CriterionResult::median))
                .map(CriterionResult::criterionKey).filter(key -> !strengths.contains(key)).limit(3).toList();
        Set<String> assessors = ratings.stream().map(Rating::assessorKey).collect(Collectors.toCollection(TreeSet::new));
        return new AssessmentResult(criteria, dimensions, overall, rated, applicable, band, strengths, weaknesses,
                assessors);
    }

    private static CriterionResult criterion(Criterion criterion, List<Rating> ratings, ScoringRules rules) {
        List<Integer> scores = ratings.stream().map(Rating::value).filter(RatingValue::isScore)
                .map(RatingValue::score).sorted().toList();
        boolean notApplicable = scores.isEmpty() && ratings.stream()
                .anyMatch(r -> r.value().kind() == RatingValue.Kind.NOT_APPLICABLE)
                && ratings.stream().allMatch(r -> r.value().kind() != RatingValue.Kind.DONT_KNOW);
        if (scores.isEmpty()) {
            return new CriterionResult(criterion.key(), criterion.dimension(), null, 0, false, 0, notApplicable);
        }
        int size = scores.size();
        double median = size % 2 == 1 ? scores.get(size / 2) : (scores.get(size / 2 - 1) + scores.get(size / 2)) / 2.0;
        int spread = scores.get(size - 1) - scores.get(0);
        return new CriterionResult(criterion.key(), criterion.dimension(), round(median), spread,
                spread >= rules.divergence(), size, false);
    }

    /** The exact weighted mean of pairs of {value, weight}; null when there are none. */
    private static Double weightedMean(List<double[]> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        double weights = 0;
        for (double[] value : values) {
            sum += value[0] * value[1];
            weights += value[1];
        }
        return sum / weights;
    }

    /** One decimal, half up: 3.95 shows as 4.0 and is ready to transfer. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
