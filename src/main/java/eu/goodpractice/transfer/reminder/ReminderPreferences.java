package eu.goodpractice.transfer.reminder;

/** Which reminder mails a user wants. Everybody gets both until they opt out. */
public record ReminderPreferences(boolean dailyDigest, boolean weeklySummary) {
    public static final ReminderPreferences DEFAULT = new ReminderPreferences(true, true);

    public boolean wants(ReminderKind kind) {
        return kind == ReminderKind.DAILY_DIGEST ? dailyDigest : weeklySummary;
    }
}
