package eu.goodpractice.transfer.reminder.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user's reminder choices (table AO_27884E_REMINDER_PREFERENCE); users without a row get both reminders. */
@Preload
@Table("ReminderPreference")
public interface AoReminderPreference extends Entity {
    String USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    boolean isDailyDigest();

    void setDailyDigest(boolean dailyDigest);

    boolean isWeeklySummary();

    void setWeeklySummary(boolean weeklySummary);
}
