package eu.goodpractice.transfer.assessment;

import eu.goodpractice.transfer.shared.Messages;

/**
 * A criterion's question as a reader sees it: the space's own wording if it has one, else the shipped translation.
 * One place for the rule, so the result view, the ratings table, the settings page and the REST API agree.
 */
public final class CriterionQuestion {
    private static final CriteriaSet SHIPPED = ShippedCriteria.set();

    private CriterionQuestion() {
    }

    /** Whether the criterion comes with the shipped set (and so has translated question and level texts). */
    public static boolean isShipped(String criterionKey) {
        return SHIPPED.criterion(criterionKey).isPresent();
    }

    public static String of(Criterion criterion, Messages messages) {
        return text(criterion.key(), criterion.customQuestion(), messages);
    }

    /** By key within a set; a key the set no longer knows still reads as its shipped question, else as the key. */
    public static String of(CriteriaSet set, String criterionKey, Messages messages) {
        return text(criterionKey, set.criterion(criterionKey).map(Criterion::customQuestion).orElse(null), messages);
    }

    private static String text(String key, String custom, Messages messages) {
        if (custom != null) {
            return custom;
        }
        return isShipped(key) ? messages.text(ShippedCriteria.question(key)) : key;
    }
}
