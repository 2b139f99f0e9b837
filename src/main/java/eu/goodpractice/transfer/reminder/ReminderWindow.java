package eu.goodpractice.transfer.reminder;

import java.time.LocalDate;

/**
 * The days a digest covers, counted in the server's time zone on the day the job runs: a step is overdue when its due
 * date lies before today, and due soon from today up to and including today + 7 (eight calendar days, so a step due
 * on next week's same weekday is announced). Due dates are calendar days without a time zone.
 */
public record ReminderWindow(LocalDate today) {
    public static final int DAYS_AHEAD = 7;

    public LocalDate lastDay() {
        return today.plusDays(DAYS_AHEAD);
    }

    public boolean isOverdue(LocalDate due) {
        return due != null && due.isBefore(today);
    }

    public boolean isDueSoon(LocalDate due) {
        return due != null && !due.isBefore(today) && !due.isAfter(lastDay());
    }
}
