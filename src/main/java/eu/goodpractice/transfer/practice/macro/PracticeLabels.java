package eu.goodpractice.transfer.practice.macro;

import eu.goodpractice.transfer.practice.InnovationType;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.PracticeTransition;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Messages;
import java.util.List;
import java.util.Locale;

/** The words for the registry's codes in the user's language: statuses, transitions, innovation types, terms. */
public final class PracticeLabels {
    private final Messages messages;

    public PracticeLabels(Messages messages) {
        this.messages = messages;
    }

    public String status(PracticeStatus status) {
        return messages.text(statusKey(status));
    }

    public String transition(PracticeTransition transition) {
        return messages.text(transitionKey(transition));
    }

    public String innovation(InnovationType type) {
        return messages.text(innovationKey(type));
    }

    // static, so that the i18n contract test can list every key by calling them with each constant
    static String statusKey(PracticeStatus status) {
        return "transfer.practice.status." + slug(status);
    }

    static String transitionKey(PracticeTransition transition) {
        return "transfer.practice.transition." + slug(transition);
    }

    static String innovationKey(InnovationType type) {
        return "transfer.practice.innovation." + slug(type);
    }

    /** A term's name: the space's own, else the shipped translation; an unknown key shows as itself. */
    public String term(VocabularyKind kind, String key, List<Term> terms) {
        return terms.stream().filter(term -> term.key().equals(key)).findFirst()
                .map(term -> term.customLabel() != null ? term.customLabel() : messages.text(kind.labelKey(key)))
                .orElse(key);
    }

    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
