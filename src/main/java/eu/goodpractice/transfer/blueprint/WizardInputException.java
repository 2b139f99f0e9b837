package eu.goodpractice.transfer.blueprint;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Messages;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's refusal of create-dialog answers. The wizard script already checks them in the browser, so this
 * guards the other routes into a blueprint (the REST API of the create dialog, an outdated script): the page is not
 * created, and the message names each bad field with its problem in the creator's language.
 */
public class WizardInputException extends RuntimeException {
    /** The label the create dialog shows for each field the rules name. */
    static final Map<String, String> FIELD_LABELS = Map.of(
            "title", "transfer.blueprint.wizard.field.title",
            "institution", "transfer.blueprint.wizard.field.institution",
            "country", "transfer.blueprint.wizard.field.country",
            "theme", "transfer.blueprint.wizard.field.theme",
            "targetGroups", "transfer.blueprint.wizard.field.target-groups",
            "eqfLevels", "transfer.blueprint.wizard.field.eqf-levels",
            "sector", "transfer.blueprint.wizard.field.sector",
            "summary", "transfer.blueprint.wizard.field.summary",
            "language", "transfer.blueprint.wizard.field.language");

    private final transient FieldErrors errors;

    private WizardInputException(String message, FieldErrors errors) {
        super(message);
        this.errors = errors;
    }

    static WizardInputException of(FieldErrors errors, Messages messages) {
        List<String> problems = new ArrayList<>();
        errors.byField().forEach((field, problem) -> {
            String labelKey = FIELD_LABELS.get(field);
            String label = labelKey == null ? field : messages.text(labelKey);
            String text = messages.text(problem.messageKey(), problem.arguments().toArray(Serializable[]::new));
            problems.add(messages.text("transfer.blueprint.error.field", label, text));
        });
        return new WizardInputException(messages.text("transfer.blueprint.error.invalid", String.join(" ", problems)),
                errors);
    }

    public FieldErrors errors() {
        return errors;
    }
}
