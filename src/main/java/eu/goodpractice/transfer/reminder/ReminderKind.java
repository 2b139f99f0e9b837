package eu.goodpractice.transfer.reminder;

/** The two kinds of reminder mail; each can be turned off on its own. */
public enum ReminderKind {
    /** To each step owner: their overdue steps and those due within the next seven days. */
    DAILY_DIGEST,
    /** To each plan's responsible person, once a week: progress, completed, overdue and upcoming steps. */
    WEEKLY_SUMMARY
}
