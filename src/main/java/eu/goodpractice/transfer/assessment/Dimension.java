package eu.goodpractice.transfer.assessment;

/** A group of criteria with its weight in the overall readiness. */
public record Dimension(String key, double weight) {
    public Dimension {
        if (weight <= 0) {
            throw new IllegalArgumentException("A dimension's weight must be positive: " + key);
        }
    }
}
