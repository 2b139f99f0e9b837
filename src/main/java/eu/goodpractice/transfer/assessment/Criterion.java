package eu.goodpractice.transfer.assessment;

/**
 * A question partners answer about a practice for a target country. Its key stays stable across versions of the
 * set; a retired criterion is no longer asked and no longer counts, but ratings given under it are kept.
 * {@code customQuestion} is a space's own wording; null keeps the shipped, translated one.
 */
public record Criterion(String key, String dimension, double weight, boolean retired, String customQuestion) {
    public Criterion {
        if (weight <= 0) {
            throw new IllegalArgumentException("A criterion's weight must be positive: " + key);
        }
    }

    public static Criterion shipped(String key, String dimension) {
        return new Criterion(key, dimension, 1.0, false, null);
    }
}
