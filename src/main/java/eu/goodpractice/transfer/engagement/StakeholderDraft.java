package eu.goodpractice.transfer.engagement;

/** The validated content of a stakeholder, before it is stored. */
public record StakeholderDraft(String spaceKey, String organisation, StakeholderType type, StakeholderLevel level,
                               String country, StakeholderContact contact, boolean retired) {
}
