package eu.goodpractice.transfer.engagement;

/** How many activities of one type in one country, and the reach they add up to; country may be null. */
public record DisseminationTotal(DisseminationType type, String country, int activities, long reach) {
}
