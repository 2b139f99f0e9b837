package eu.goodpractice.transfer.practice;

import java.time.Instant;

/** One step in a practice's history: who moved it from which status to which, when and why. */
public record StatusChange(PracticeTransition transition, PracticeStatus from, PracticeStatus to, String actorKey,
                           Instant at, String comment) {
}
