package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Optional;

/** The one place that decides whether an action plan is valid. */
public class PlanRules {
    private final UserDirectory users;

    public PlanRules(UserDirectory users) {
        this.users = users;
    }

    /** The plan the input describes, or a {@link eu.goodpractice.transfer.shared.ValidationException} listing every bad field. */
    public PlanDraft validate(PlanInput input) {
        FieldErrors errors = input.parseErrors();
        String spaceKey = InputText.required(errors, "spaceKey", input.spaceKey(), InputText.SHORT_TEXT);
        String institution = InputText.required(errors, "institution", input.institution(), InputText.SHORT_TEXT);
        String country = InputText.country(errors, "country", input.country(), true);
        String responsibleKey = responsibleKey(errors, input.responsible());
        errors.throwIfAny();
        return new PlanDraft(spaceKey, institution, country, responsibleKey);
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
