package eu.goodpractice.transfer.assessment;

import java.util.List;

/**
 * A change to a space's copy of the criteria set, as sent; numbers stay text so the service can name a bad one.
 * A null list or null rules leave that part unchanged; a null weight keeps the current weight (1 for a new criterion).
 */
public record CriteriaSetInput(List<DimensionInput> dimensions, List<CriterionInput> criteria, RulesInput rules) {
    public record DimensionInput(String key, String weight) {
    }

    /** {@code customQuestion}: the space's own wording; blank keeps the shipped, translated question. */
    public record CriterionInput(String key, String dimension, String weight, boolean retired, String customQuestion) {
    }

    public record RulesInput(String readyFrom, String adaptationFrom, String groundworkFrom, String minimumCoverage,
                             String divergence) {
    }
}
