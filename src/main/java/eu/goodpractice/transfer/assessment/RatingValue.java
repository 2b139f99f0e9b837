package eu.goodpractice.transfer.assessment;

/**
 * What an assessor says about one criterion: a score from 1 to 5, "not applicable" to this practice and country,
 * or "don't know". Only scores enter the results; "don't know" leaves the criterion unrated.
 */
public record RatingValue(Kind kind, int score) {
    /** The three kinds of answer. */
    public enum Kind { SCORE, NOT_APPLICABLE, DONT_KNOW }

    public static final RatingValue NOT_APPLICABLE = new RatingValue(Kind.NOT_APPLICABLE, 0);
    public static final RatingValue DONT_KNOW = new RatingValue(Kind.DONT_KNOW, 0);

    public RatingValue {
        if (kind == Kind.SCORE && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("A score goes from 1 to 5, not " + score);
        }
    }

    public static RatingValue score(int score) {
        return new RatingValue(Kind.SCORE, score);
    }

    public boolean isScore() {
        return kind == Kind.SCORE;
    }

    /** "1".."5", "NA" or "DK": the form stored and sent over the API. */
    public String code() {
        return switch (kind) {
            case SCORE -> String.valueOf(score);
            case NOT_APPLICABLE -> "NA";
            case DONT_KNOW -> "DK";
        };
    }

    /** Reads a code; null when it is none of "1".."5", "NA", "DK". */
    public static RatingValue parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "1", "2", "3", "4", "5" -> score(Integer.parseInt(code.strip()));
            case "NA", "N/A", "NOT_APPLICABLE" -> NOT_APPLICABLE;
            case "DK", "DONT_KNOW" -> DONT_KNOW;
            default -> null;
        };
    }
}
