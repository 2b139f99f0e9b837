package eu.goodpractice.transfer.engagement;

/** A stored link to check: the activity it belongs to and the address as stored. */
public record LinkTarget(int activityId, String link) {
}
