package eu.goodpractice.transfer.assessment;

/** One rating as it arrived, still text: the criterion, "1".."5" / "NA" / "DK", the reason and an evidence link. */
public record RatingInput(String criterion, String value, String rationale, String evidenceUrl) {
}
