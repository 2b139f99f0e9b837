package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.Audit;

/** The action plan of one partner institution in one space. */
public record ActionPlan(
        int id,
        String spaceKey,
        String institution,
        String country,
        String responsibleKey,
        Audit audit) {
}
