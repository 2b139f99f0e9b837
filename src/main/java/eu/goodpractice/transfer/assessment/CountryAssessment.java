package eu.goodpractice.transfer.assessment;

import java.util.List;

/**
 * A practice assessed for one target country: the criteria set and version it is assessed under, every rating
 * given (by all assessors, under retired criteria too), the result, and the version to send with the next batch of
 * the current user's ratings.
 */
public record CountryAssessment(long pageId, String country, CriteriaSet set, List<Rating> ratings,
                                AssessmentResult result, int version) {
    public CountryAssessment {
        ratings = List.copyOf(ratings);
    }
}
