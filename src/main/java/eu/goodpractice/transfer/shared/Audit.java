package eu.goodpractice.transfer.shared;

import java.time.Instant;

/** Who created and last changed a record, when, and its version for optimistic locking. */
public record Audit(String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, int version) {
}
