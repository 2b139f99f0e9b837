package eu.goodpractice.transfer.assessment;

import java.time.Instant;

/** One assessor's answer on one criterion, with the reason and an optional link to evidence. */
public record Rating(String criterionKey, String assessorKey, RatingValue value, String rationale,
                     String evidenceUrl, Instant updatedAt) {
}
