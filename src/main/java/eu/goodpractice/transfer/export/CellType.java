package eu.goodpractice.transfer.export;

/** What a column holds, so XLSX can store real numbers and dates and CSV can write them in ISO form. */
public enum CellType {
    /** Any object, written as its {@code toString()}; a {@link Number} in it becomes a number cell in XLSX. */
    TEXT,
    /** A {@link Number}. */
    NUMBER,
    /** A {@link java.time.LocalDate}: a calendar day. */
    DATE,
    /** A {@link java.time.Instant}, shown in UTC to the minute. */
    DATE_TIME
}
