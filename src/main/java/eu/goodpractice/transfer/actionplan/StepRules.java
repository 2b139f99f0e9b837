package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The one place that decides whether a step is valid, whichever route (REST, macro editor) it came by. */
public class StepRules {
    static final int MAX_STAKEHOLDERS = 50;
    /** Criterion keys are short slugs; the column is sized to match. */
    public static final int MAX_CRITERION = 100;

    private final UserDirectory users;
    private final PageDirectory pages;

    public StepRules(UserDirectory users, PageDirectory pages) {
        this.users = users;
        this.pages = pages;
    }

    /** The step the input describes, or a {@link eu.goodpractice.transfer.shared.ValidationException} listing every bad field. */
    public StepDraft validate(StepInput input) {
        FieldErrors errors = input.parseErrors();
        String title = InputText.required(errors, "title", input.title(), InputText.SHORT_TEXT);
        String description = InputText.trimmed(input.description()).orElse(null);
        String ownerKey = ownerKey(errors, input.owner());
        var dueDate = InputText.date(errors, "dueDate", input.dueDate());
        var status = InputText.choice(errors, "status", input.status(), StepStatus.class, StepStatus.NOT_STARTED);
        var priority = InputText.choice(errors, "priority", input.priority(), StepPriority.class, StepPriority.MEDIUM);
        Long pageId = practicePage(errors, input.practicePageId());
        String criterion = InputText.optional(errors, "criterion", input.criterion(), MAX_CRITERION);
        // a criterion means something only on the assessment of a practice: without the page it points nowhere
        if (criterion != null && InputText.trimmed(input.practicePageId()).isEmpty()) {
            errors.add("criterion", "transfer.validation.criterion-without-practice");
        }
        List<String> stakeholders = stakeholders(errors, input.stakeholders());
        var anchoring = InputText.choice(errors, "anchoring", input.anchoring(), AnchoringLevel.class, null);
        errors.throwIfAny();
        return new StepDraft(title, description, ownerKey, dueDate, status, priority, pageId, criterion, stakeholders,
                anchoring);
    }

    private String ownerKey(FieldErrors errors, String owner) {
        Optional<String> username = InputText.trimmed(owner);
        if (username.isEmpty()) {
            return null;
        }
        Optional<Person> person = users.byUsername(username.get());
        if (person.isEmpty()) {
            errors.add("owner", "transfer.validation.user", username.get());
            return null;
        }
        return person.get().key();
    }

    private Long practicePage(FieldErrors errors, String value) {
        Long pageId = InputText.positiveNumber(errors, "practicePageId", value);
        if (pageId != null && pages.viewable(Set.of(pageId)).isEmpty()) {
            errors.add("practicePageId", "transfer.validation.page", pageId);
            return null;
        }
        return pageId;
    }

    private static List<String> stakeholders(FieldErrors errors, List<String> values) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            InputText.trimmed(value).ifPresent(names::add);
        }
        if (names.size() > MAX_STAKEHOLDERS) {
            errors.add("stakeholders", "transfer.validation.too-many", MAX_STAKEHOLDERS);
        }
        for (String name : names) {
            if (name.length() > InputText.SHORT_TEXT) {
                errors.add("stakeholders", "transfer.validation.too-long", InputText.SHORT_TEXT, name.length());
            }
        }
        return names.stream().distinct().toList();
    }
}
