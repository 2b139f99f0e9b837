package eu.goodpractice.transfer.assessment;

import java.time.Instant;

/** A rating as it changed: who, when, the old and new value (null when there was none or it was removed), why. */
public record RatingChange(String criterionKey, String assessorKey, RatingValue oldValue, RatingValue newValue,
                           String rationale, Instant at) {
}
