package eu.goodpractice.transfer.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * The stored outcome of one practice's assessment for one target country, kept beside the ratings so that lists
 * over thousands of practices can count, filter and sort by band in SQL instead of scoring every rating per view.
 * {@code score} is null and {@code band} empty until enough criteria are rated.
 */
public record ResultSummary(long pageId, String spaceKey, String country, Double score, Optional<Band> band,
                            double coverage, int assessors, Instant updatedAt) {

    /** The summary of a freshly computed result. */
    public static ResultSummary of(long pageId, String spaceKey, String country, AssessmentResult result,
                                   Instant updatedAt) {
        return new ResultSummary(pageId, spaceKey, country, result.overall(), result.band(), result.coverage(),
                result.assessors().size(), updatedAt);
    }
}
