package eu.goodpractice.transfer.actionplan;

/** The validated content of an action plan as a user wrote it, before it is stored. */
public record PlanDraft(String spaceKey, String institution, String country, String responsibleKey) {
}
