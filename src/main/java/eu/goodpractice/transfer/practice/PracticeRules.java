package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one place that decides whether a practice's facts are valid: the create wizard, the blueprint's context
 * provider, the profile macro and the REST API all come here, so a page created by any route gets the same checks.
 */
public class PracticeRules {
    static final int SUMMARY_LENGTH = 1000;
    static final int ENGLISH_SUMMARY_LENGTH = 2000;
    /** Enough for any practice. */
    static final int MAX_TARGET_GROUPS = 10;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /** How strict to be: the wizard wants the essentials and the page's language, a profile edit only a title. */
    public enum Mode { WIZARD, PROFILE }

    private final Vocabularies vocabularies;

    public PracticeRules(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** The validated practice, or a {@link eu.goodpractice.transfer.shared.ValidationException} listing every bad field. */
    public PracticeDraft validate(String spaceKey, PracticeInput input, Mode mode) {
        FieldErrors errors = input.parseErrors();
        boolean wizard = mode == Mode.WIZARD;
        // the title is the page's: asked for when the page is created, otherwise it follows the page
        String title = wizard ? InputText.required(errors, "title", input.title(), InputText.SHORT_TEXT) : null;
        String summary = text(errors, "summary", input.summary(), SUMMARY_LENGTH, wizard);
        String institution = text(errors, "institution", input.institution(), InputText.SHORT_TEXT, wizard);
        String country = InputText.country(errors, "country", input.country(), wizard);
        String region = text(errors, "region", input.region(), InputText.SHORT_TEXT, false);
        String theme = term(errors, "theme", input.theme(), spaceKey, VocabularyKind.THEME, wizard);
        List<String> targetGroups = targetGroups(errors, input.targetGroups(), spaceKey, wizard);
        SortedSet<Integer> eqf = eqfLevels(errors, input.eqfLevels());
        String sector = text(errors, "sector", input.sector(), InputText.SHORT_TEXT, false);
        InnovationType innovation = InputText.choice(errors, "innovationType", input.innovationType(),
                InnovationType.class, null);
        LocalDate start = InputText.date(errors, "startDate", input.startDate());
        LocalDate end = InputText.date(errors, "endDate", input.endDate());
        // "on" is what an HTML checkbox sends
        boolean ongoing = Set.of("true", "on", "yes", "1").contains(
                InputText.trimmed(input.ongoing()).orElse("false").toLowerCase(Locale.ROOT));
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "transfer.validation.end-before-start");
        }
        if (ongoing && end != null) {
            errors.add("endDate", "transfer.validation.ongoing-with-end");
        }
        String language = language(errors, input.language(), wizard);
        String englishSummary = text(errors, "englishSummary", input.englishSummary(), ENGLISH_SUMMARY_LENGTH, false);
        errors.throwIfAny();
        return new PracticeDraft(title, new PracticeProfile(summary, institution, country, region, theme, targetGroups,
                eqf, sector, innovation, start, end, ongoing, language, englishSummary));
    }

    /**
     * The filters of a practice list, read by the profile's rules so that a list filters by what a profile can hold:
     * a country code (EL and UK as the EU writes them), a status by name, one EQF level from 1 to 8; theme and text
     * are taken as given. Blank means no filter. Problems are recorded in {@code errors} under the parameter names
     * {@code country}, {@code status} and {@code eqf}.
     */
    public static PracticeQuery filters(FieldErrors errors, Set<String> spaceKeys, String country, String theme,
                                        String status, String eqfLevel, String text) {
        String code = InputText.country(errors, "country", country, false);
        PracticeStatus wanted = InputText.choice(errors, "status", status, PracticeStatus.class, null);
        Integer level = InputText.trimmed(eqfLevel).map(value -> eqfLevel(errors, "eqf", value)).orElse(null);
        return new PracticeQuery(spaceKeys, code, InputText.trimmed(theme).orElse(null), wanted, level,
                InputText.trimmed(text).orElse(null));
    }

    /**
     * What a practice must have before it goes to review: the essentials, and an English summary when the page is
     * written in another language, so partners from every country can read it.
     */
    public FieldErrors missingForSubmission(PracticeProfile profile) {
        FieldErrors missing = new FieldErrors();
        requireFilled(missing, "summary", profile.summary());
        requireFilled(missing, "institution", profile.institution());
        requireFilled(missing, "country", profile.country());
        requireFilled(missing, "theme", profile.theme());
        if (profile.targetGroups().isEmpty()) {
            missing.add("targetGroups", "transfer.validation.required");
        }
        requireFilled(missing, "language", profile.language());
        if (profile.language() != null && !"en".equals(profile.language())) {
            requireFilled(missing, "englishSummary", profile.englishSummary());
        }
        return missing;
    }

    private static void requireFilled(FieldErrors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "transfer.validation.required-for-submission");
        }
    }

    private static String text(FieldErrors errors, String field, String value, int maxLength, boolean required) {
        return required ? InputText.required(errors, field, value, maxLength)
                : InputText.optional(errors, field, value, maxLength);
    }

    /** Required by the wizard: the page's language decides whether it needs an English summary. */
    private static String language(FieldErrors errors, String value, boolean required) {
        String text = InputText.trimmed(value).map(v -> v.toLowerCase(Locale.ROOT)).orElse(null);
        if (text == null && required) {
            errors.add("language", "transfer.validation.required");
        } else if (text != null && !LANGUAGES.contains(text)) {
            errors.add("language", "transfer.validation.language", text);
            return null;
        }
        return text;
    }

    private String term(FieldErrors errors, String field, String value, String spaceKey, VocabularyKind kind,
                        boolean required) {
        String key = InputText.trimmed(value).orElse(null);
        if (key == null) {
            if (required) {
                errors.add(field, "transfer.validation.required");
            }
            return null;
        }
        boolean known = vocabularies.terms(spaceKey, kind).stream().anyMatch(term -> term.key().equals(key));
        if (!known) {
            errors.add(field, "transfer.validation.term", key);
            return null;
        }
        return key;
    }

    private List<String> targetGroups(FieldErrors errors, List<String> values, String spaceKey, boolean required) {
        List<String> keys = new ArrayList<>();
        for (String value : values) {
            String key = term(errors, "targetGroups", value, spaceKey, VocabularyKind.TARGET_GROUP, false);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.size() > MAX_TARGET_GROUPS) {
            errors.add("targetGroups", "transfer.validation.too-many", MAX_TARGET_GROUPS);
        }
        if (required && keys.isEmpty() && !errors.has("targetGroups")) {
            errors.add("targetGroups", "transfer.validation.required");
        }
        return keys;
    }

    private static SortedSet<Integer> eqfLevels(FieldErrors errors, List<String> values) {
        SortedSet<Integer> levels = new TreeSet<>();
        for (String value : values) {
            InputText.trimmed(value).map(text -> eqfLevel(errors, "eqfLevels", text)).ifPresent(levels::add);
        }
        return levels;
    }

    /** An EQF level from 1 to 8, or null with a problem recorded. */
    private static Integer eqfLevel(FieldErrors errors, String field, String text) {
        try {
            int level = Integer.parseInt(text);
            if (level >= 1 && level <= 8) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "transfer.validation.eqf", text);
        return null;
    }
}
