package eu.goodpractice.transfer.engagement;

/**
 * How many engagements of a period involved stakeholders of one type and level. An engagement with two chambers
 * counts once for chambers; with a chamber and a school once for each.
 */
public record EngagementTally(StakeholderType type, StakeholderLevel level, int engagements) {
}
