package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.FieldErrors;

/** A stakeholder as it arrived, every value still text, so that all checks live in {@link StakeholderRules}. */
public record StakeholderInput(
        String spaceKey,
        String organisation,
        String type,
        String level,
        String country,
        String contactName,
        String contactRole,
        String contactEmail,
        String consentBy,
        String consentDate,
        String consentPurpose,
        String retired,
        String version,
        FieldErrors parseErrors) {

    public StakeholderInput {
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
