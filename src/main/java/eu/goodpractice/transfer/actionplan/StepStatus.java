package eu.goodpractice.transfer.actionplan;

/** Where a step stands. Dropped steps no longer count towards a plan's progress. */
public enum StepStatus {
    NOT_STARTED, IN_PROGRESS, DONE, BLOCKED, DROPPED;

    /** True while work is still expected: such a step can be overdue. */
    public boolean isOpen() {
        return this != DONE && this != DROPPED;
    }
}
