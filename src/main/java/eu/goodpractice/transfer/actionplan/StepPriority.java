package eu.goodpractice.transfer.actionplan;

/** How urgent a step is for the institution. */
public enum StepPriority {
    HIGH, MEDIUM, LOW
}
