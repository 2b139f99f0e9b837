package eu.goodpractice.transfer.reminder.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.reminder.ReminderKind;
import eu.goodpractice.transfer.reminder.ReminderPreferences;
import eu.goodpractice.transfer.reminder.ReminderStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link ReminderStore} on Active Objects. */
public class ActiveObjectsReminderStore implements ReminderStore {
    private final ActiveObjects ao;

    public ActiveObjectsReminderStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ReminderPreferences preferences(String userKey) {
        return preferences(List.of(userKey)).getOrDefault(userKey, ReminderPreferences.DEFAULT);
    }

    @Override
    public Map<String, ReminderPreferences> preferences(Collection<String> userKeys) {
        if (userKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, ReminderPreferences> found = new HashMap<>();
        // in slices, so a site with thousands of owners never exceeds a database's parameter limit
        List<String> keys = List.copyOf(userKeys);
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            for (AoReminderPreference row : ao.find(AoReminderPreference.class, Query.select()
                    .where(AoReminderPreference.USER_KEY + " IN (" + String.join(", ",
                            Collections.nCopies(slice.size(), "?")) + ")", slice.toArray()))) {
                found.put(row.getUserKey(), new ReminderPreferences(row.isDailyDigest(), row.isWeeklySummary()));
            }
        }
        return found;
    }

    @Override
    public void savePreferences(String userKey, ReminderPreferences preferences) {
        try {
            ao.executeInTransaction(() -> saveLocked(userKey, preferences));
        } catch (RuntimeException e) {
            if (!RowLocks.isDuplicateKey(e)) {
                throw e;
            }
            // another first save for this user created the lock row meanwhile: now it exists, so this one waits
            ao.executeInTransaction(() -> saveLocked(userKey, preferences));
        }
    }

    /** The user's choices are one row: saves for one user wait for each other, also the very first two. */
    private Void saveLocked(String userKey, ReminderPreferences preferences) {
        RowLocks.lockNamed(ao, "reminder-preferences:" + userKey);
        AoReminderPreference[] rows = ao.find(AoReminderPreference.class, Query.select()
                .where(AoReminderPreference.USER_KEY + " = ?", userKey));
        if (rows.length == 0) {
            ao.create(AoReminderPreference.class,
                    new DBParam(AoReminderPreference.USER_KEY, userKey),
                    new DBParam("DAILY_DIGEST", preferences.dailyDigest()),
                    new DBParam("WEEKLY_SUMMARY", preferences.weeklySummary()));
            return null;
        }
        rows[0].setDailyDigest(preferences.dailyDigest());
        rows[0].setWeeklySummary(preferences.weeklySummary());
        rows[0].save();
        return null;
    }

    @Override
    public Set<String> sentOn(ReminderKind kind, LocalDate day) {
        return Arrays.stream(ao.find(AoReminderSent.class, Query.select()
                        .where(AoReminderSent.SENT_DAY + " = ? AND " + AoReminderSent.KIND + " = ?",
                                day.toString(), kind.name())))
                .map(AoReminderSent::getUserKey).collect(Collectors.toSet());
    }

    @Override
    public void recordSent(String userKey, ReminderKind kind, LocalDate day, Instant at) {
        ao.create(AoReminderSent.class,
                new DBParam(AoReminderSent.USER_KEY, userKey),
                new DBParam(AoReminderSent.KIND, kind.name()),
                new DBParam(AoReminderSent.SENT_DAY, day.toString()),
                new DBParam("SENT_AT", Date.from(at)));
    }
}
