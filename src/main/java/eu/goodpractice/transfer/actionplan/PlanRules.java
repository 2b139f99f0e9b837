package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one place that decides whether an action plan is valid. */
public class PlanRules {
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final UserDirectory users;

    public PlanRules(UserDirectory users) {
        this.users = users;
    }

    /** The plan the input describes, or a {@link eu.goodpractice.transfer.shared.ValidationException} listing every bad field. */
    public PlanDraft validate(PlanInput input) {
        FieldErrors errors = input.parseErrors();
        String spaceKey = InputText.required(errors, "spaceKey", input.spaceKey(), InputText.SHORT_TEXT);
        String institution = InputText.required(errors, "institution", input.institution(), InputText.SHORT_TEXT);
        String country = country(errors, input.country());
        String responsibleKey = responsibleKey(errors, input.responsible());
        errors.throwIfAny();
        return new PlanDraft(spaceKey, institution, country, responsibleKey);
    }

    /** ISO 3166-1 alpha-2, upper case; "EL" for Greece and "UK" are accepted as the EU writes them. */
    private static String country(FieldErrors errors, String value) {
        Optional<String> text = InputText.trimmed(value);
        if (text.isEmpty()) {
            errors.add("country", "transfer.validation.required");
            return null;
        }
        String code = text.get().toUpperCase(Locale.ROOT);
        code = switch (code) {
            case "EL" -> "GR";
            case "UK" -> "GB";
            default -> code;
        };
        if (!COUNTRY_CODES.contains(code)) {
            errors.add("country", "transfer.validation.country", text.get());
            return null;
        }
        return code;
    }

    private String responsibleKey(FieldErrors errors, String responsible) {
        Optional<String> username = InputText.trimmed(responsible);
        if (username.isEmpty()) {
            errors.add("responsible", "transfer.validation.required");
            return null;
        }
        Optional<Person> person = users.byUsername(username.get());
        if (person.isEmpty()) {
            errors.add("responsible", "transfer.validation.user", username.get());
            return null;
        }
        return person.get().key();
    }
}
