package eu.goodpractice.transfer.actionplan;

/** How firmly the change a step brings is anchored in the institution. */
public enum AnchoringLevel {
    /** Tried out by some staff or in one programme. */
    PILOT,
    /** Decided by the institution and used widely. */
    ADOPTED,
    /** Part of regulations, curricula, quality assurance or job descriptions. */
    INSTITUTIONALISED
}
