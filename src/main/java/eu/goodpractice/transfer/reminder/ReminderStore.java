package eu.goodpractice.transfer.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Users' reminder choices and the log of reminders sent, so a rerun on the same day sends nothing twice. */
public interface ReminderStore {
    /** A user's choices; the defaults when they never chose. */
    ReminderPreferences preferences(String userKey);

    /** The choices of the given users in one statement; users who never chose are left out. */
    Map<String, ReminderPreferences> preferences(Collection<String> userKeys);

    void savePreferences(String userKey, ReminderPreferences preferences);

    /** The users who already got this kind of reminder for that day. */
    Set<String> sentOn(ReminderKind kind, LocalDate day);

    void recordSent(String userKey, ReminderKind kind, LocalDate day, Instant at);
}
