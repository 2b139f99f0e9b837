package eu.goodpractice.transfer.practice;

/** Where a documented practice stands in the working group's review and transfer. */
public enum PracticeStatus {
    DRAFT, SUBMITTED, VALIDATED, IN_TRANSFER, ANCHORED, ARCHIVED
}
