package eu.goodpractice.transfer.assessment;

/** A current rating with the practice page and target country it belongs to, as exports list them. */
public record PracticeRating(long pageId, String country, Rating rating) {
}
