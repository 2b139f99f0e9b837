package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The one place that decides whether a stakeholder is valid. A contact person is personal data: it is kept only
 * with a consent note (who, when, what for), and contact fields without one are refused, never silently dropped.
 */
public class StakeholderRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public StakeholderDraft validate(StakeholderInput input) {
        FieldErrors errors = input.parseErrors();
        String spaceKey = InputText.required(errors, "spaceKey", input.spaceKey(), InputText.SHORT_TEXT);
        String organisation = InputText.required(errors, "organisation", input.organisation(), InputText.SHORT_TEXT);
        StakeholderType type = required(errors, "type", input.type(), StakeholderType.class);
        StakeholderLevel level = required(errors, "level", input.level(), StakeholderLevel.class);
        String country = InputText.country(errors, "country", input.country(), true);
        StakeholderContact contact = contact(errors, input);
        boolean retired = "true".equalsIgnoreCase(InputText.trimmed(input.retired()).orElse("false"));
        errors.throwIfAny();
        return new StakeholderDraft(spaceKey, organisation, type, level, country, contact, retired);
    }

    private static <E extends Enum<E>> E required(FieldErrors errors, String field, String value, Class<E> type) {
        if (InputText.trimmed(value).isEmpty()) {
            errors.add(field, "transfer.validation.required");
            return null;
        }
        return InputText.choice(errors, field, value, type, null);
    }

    private static StakeholderContact contact(FieldErrors errors, StakeholderInput input) {
        String name = InputText.optional(errors, "contactName", input.contactName(), InputText.SHORT_TEXT);
        String role = InputText.optional(errors, "contactRole", input.contactRole(), InputText.SHORT_TEXT);
        String email = InputText.optional(errors, "contactEmail", input.contactEmail(), InputText.SHORT_TEXT);
        String consentBy = InputText.optional(errors, "consentBy", input.consentBy(), InputText.SHORT_TEXT);
        LocalDate consentDate = InputText.date(errors, "consentDate", input.consentDate());
        String purpose = InputText.optional(errors, "consentPurpose", input.consentPurpose(), InputText.SHORT_TEXT);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("contactEmail", "transfer.validation.email", email);
        }
        boolean anyContact = name != null || role != null || email != null;
        boolean anyConsent = consentBy != null || consentDate != null || purpose != null;
        if (!anyContact) {
            if (anyConsent) {
                errors.add("contactName", "transfer.validation.contact-without-person");
            }
            return null;
        }
        if (name == null) {
            errors.add("contactName", "transfer.validation.contact-name");
        }
        if (consentBy == null) {
            errors.add("consentBy", "transfer.validation.consent-required");
        }
        if (consentDate == null) {
            errors.add("consentDate", "transfer.validation.consent-required");
        }
        if (purpose == null) {
            errors.add("consentPurpose", "transfer.validation.consent-required");
        }
        return new StakeholderContact(name, role, email, consentBy, consentDate, purpose);
    }
}
