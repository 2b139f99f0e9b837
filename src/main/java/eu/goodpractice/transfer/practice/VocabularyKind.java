package eu.goodpractice.transfer.practice;

import java.util.List;
import java.util.Locale;

/** The vocabularies a space administrator can edit, each starting from a shipped list of terms. */
public enum VocabularyKind {
    THEME(List.of("work-based-learning", "digital-skills", "green-skills", "inclusion", "teacher-trainer-development",
            "quality-assurance", "guidance", "validation-of-learning", "internationalisation")),
    TARGET_GROUP(List.of("apprentices", "vet-learners", "adult-learners", "teachers-trainers", "in-company-trainers",
            "learners-fewer-opportunities", "employers-smes", "guidance-staff", "school-leaders"));

    private final List<String> shippedTerms;

    VocabularyKind(List<String> shippedTerms) {
        this.shippedTerms = shippedTerms;
    }

    public List<String> shippedTerms() {
        return shippedTerms;
    }

    /** THEME becomes theme, TARGET_GROUP target-group: the form used in URLs and i18n keys. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of a shipped term's name. */
    public String labelKey(String term) {
        return "transfer.vocabulary." + slug() + "." + term;
    }

    /** The i18n keys of every shipped term's name; the i18n contract test checks the bundles have them all. */
    public static List<String> shippedLabelKeys(VocabularyKind kind) {
        return kind.shippedTerms().stream().map(kind::labelKey).toList();
    }
}
