package eu.goodpractice.transfer.assessment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of the ratings for one practice and one target country under one criteria set. Scores are rounded to
 * one decimal, and the band is read from the rounded overall score, so the number shown and the band always agree.
 */
public record AssessmentResult(List<CriterionResult> criteria, List<DimensionResult> dimensions, Double overall,
                               int rated, int applicable, Optional<Band> band, List<String> strengths,
                               List<String> weaknesses, Set<String> assessors) {

    /** One criterion: median and spread of the scores, and whether assessors differ by the set's divergence. */
    public record CriterionResult(String criterionKey, String dimension, Double median, int spread, boolean divergent,
                                  int scores, boolean notApplicable) {
        public boolean isRated() {
            return median != null;
        }
    }

    /** One dimension: the weighted mean of its rated criteria, or null when none is rated. */
    public record DimensionResult(String dimension, Double score) {
    }

    public AssessmentResult {
        criteria = List.copyOf(criteria);
        dimensions = List.copyOf(dimensions);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        assessors = Set.copyOf(assessors);
    }

    /** Share of the applicable criteria that are rated, 0 to 1. */
    public double coverage() {
        return applicable == 0 ? 0 : (double) rated / applicable;
    }

    /** True when enough criteria are rated for the band to be shown. */
    public boolean isComplete() {
        return band.isPresent();
    }
}
