package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.PageDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The one place that decides whether a dissemination activity is valid, whichever route it came by. */
public class DisseminationRules {
    /** Linked practices per activity; more would not fit on the report's line anyway. */
    static final int MAX_PRACTICES = 20;
    /** Links are stored whole; 2,000 characters is what browsers and the results platform accept. */
    static final int MAX_LINK = 2000;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final PageDirectory pages;

    public DisseminationRules(PageDirectory pages) {
        this.pages = pages;
    }

    /** The activity the input describes, or a {@link eu.goodpractice.transfer.shared.ValidationException} naming every bad field. */
    public DisseminationDraft validate(DisseminationInput input) {
        return validate(input, List.of());
    }

    /**
     * As {@link #validate(DisseminationInput)}, for a change of an activity that already links {@code linkedBefore}:
     * those stay linked when the editor may not view them (the editor could not have seen them to keep or remove
     * them), and are not checked again.
     */
    public DisseminationDraft validate(DisseminationInput input, List<Long> linkedBefore) {
        FieldErrors errors = input.parseErrors();
        String spaceKey = InputText.required(errors, "spaceKey", input.spaceKey(), InputText.SHORT_TEXT);
        DisseminationType type = InputText.choice(errors, "type", input.type(), DisseminationType.class, null);
        if (type == null && !errors.has("type")) {
            errors.add("type", "transfer.validation.required");
        }
        ResultCategory category = InputText.choice(errors, "category", input.category(), ResultCategory.class, null);
        LocalDate date = InputText.date(errors, "date", input.date());
        if (date == null && !errors.has("date")) {
            errors.add("date", "transfer.validation.required");
        }
        String title = InputText.required(errors, "title", input.title(), InputText.SHORT_TEXT);
        String language = language(errors, input.language());
        String country = InputText.country(errors, "country", input.country(), false);
        String audience = InputText.optional(errors, "audience", input.audience(), InputText.SHORT_TEXT);
        long reach = reach(errors, input.reach());
        String link = link(errors, input.link());
        List<Long> practices = practices(errors, input.practicePageIds(), linkedBefore);
        errors.throwIfAny();
        return new DisseminationDraft(spaceKey, type, category, date, title, language, country, audience, reach, link,
                practices);
    }

    private static String language(FieldErrors errors, String value) {
        String code = InputText.trimmed(value).map(v -> v.toLowerCase(Locale.ROOT)).orElse(null);
        if (code != null && !LANGUAGES.contains(code)) {
            errors.add("language", "transfer.validation.language", code);
            return null;
        }
        return code;
    }

    /** People reached: a whole number from 0; blank means not counted (0). */
    private static long reach(FieldErrors errors, String value) {
        String text = InputText.trimmed(value).orElse(null);
        if (text == null) {
            return 0;
        }
        try {
            long reach = Long.parseLong(text);
            if (reach >= 0) {
                return reach;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("reach", "transfer.dissemination.validation.reach", text);
        return 0;
    }

    private static String link(FieldErrors errors, String value) {
        String text = InputText.optional(errors, "link", value, MAX_LINK);
        if (text != null && !InputText.isWebAddress(text)) {
            errors.add("link", "transfer.dissemination.validation.link", text);
            return null;
        }
        return text;
    }

    /** Practice pages the current user may view; an id they may not view is refused like one that does not exist. */
    private List<Long> practices(FieldErrors errors, List<String> values, List<Long> linkedBefore) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            Long id = InputText.positiveNumber(errors, "practicePageIds", value);
            if (id != null) {
                ids.add(id);
            }
        }
        Set<Long> asked = new LinkedHashSet<>(ids);
        asked.addAll(linkedBefore);
        Set<Long> viewable = asked.isEmpty() ? Set.of() : pages.viewable(asked).keySet();
        List<Long> kept = new ArrayList<>();
        for (Long id : ids) {
            if (viewable.contains(id) || linkedBefore.contains(id)) {
                kept.add(id);
            } else {
                errors.add("practicePageIds", "transfer.validation.page", id);
            }
        }
        linkedBefore.stream().filter(id -> !viewable.contains(id) && !kept.contains(id)).forEach(kept::add);
        if (kept.size() > MAX_PRACTICES) {
            errors.add("practicePageIds", "transfer.validation.too-many", MAX_PRACTICES);
        }
        return kept;
    }
}
