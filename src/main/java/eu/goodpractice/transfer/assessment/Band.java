package eu.goodpractice.transfer.assessment;

/** How ready a practice is for transfer to a country, from the overall score. */
public enum Band {
    READY, ADAPTATION, GROUNDWORK, NOT_NOW
}
