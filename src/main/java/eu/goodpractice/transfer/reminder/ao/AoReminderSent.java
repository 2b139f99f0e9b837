package eu.goodpractice.transfer.reminder.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One reminder mail that went out (table AO_27884E_REMINDER_SENT): who, which kind, for which day. */
@Preload
@Table("ReminderSent")
public interface AoReminderSent extends Entity {
    String USER_KEY = "USER_KEY";
    String KIND = "KIND";
    String SENT_DAY = "SENT_DAY";

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    /** A {@link eu.goodpractice.transfer.reminder.ReminderKind} name. */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** ISO date (yyyy-MM-dd) of the run's day in the server's time zone. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getSentDay();

    void setSentDay(String sentDay);

    Date getSentAt();

    void setSentAt(Date sentAt);
}
