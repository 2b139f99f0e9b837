package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Audit;

/**
 * An organisation a working group deals with, registered in one space. {@code contact} is null unless a contact
 * person was recorded with consent. A retired stakeholder keeps its engagement history but is no longer offered.
 */
public record Stakeholder(
        int id,
        String spaceKey,
        String organisation,
        StakeholderType type,
        StakeholderLevel level,
        String country,
        StakeholderContact contact,
        boolean retired,
        Audit audit) {
}
