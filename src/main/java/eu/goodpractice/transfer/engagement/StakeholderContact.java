package eu.goodpractice.transfer.engagement;

import java.time.LocalDate;

/**
 * A contact person at a stakeholder, kept to the minimum (GDPR data minimisation) and only together with the consent
 * that allows keeping it: who gave it, on which day, and for what.
 */
public record StakeholderContact(String name, String role, String email, String consentBy, LocalDate consentDate,
                                 String consentPurpose) {
}
