package eu.goodpractice.transfer.assessment;

/**
 * The thresholds a criteria set scores with: the overall score from which each band starts, the share of
 * applicable criteria that must be rated before a band is shown, and how far assessors may differ before a
 * criterion is flagged as divergent.
 */
public record ScoringRules(double readyFrom, double adaptationFrom, double groundworkFrom, double minimumCoverage,
                           int divergence) {
    public static final ScoringRules DEFAULT = new ScoringRules(4.0, 3.0, 2.0, 0.6, 2);

    public Band band(double score) {
        if (score >= readyFrom) {
            return Band.READY;
        }
        if (score >= adaptationFrom) {
            return Band.ADAPTATION;
        }
        return score >= groundworkFrom ? Band.GROUNDWORK : Band.NOT_NOW;
    }
}
