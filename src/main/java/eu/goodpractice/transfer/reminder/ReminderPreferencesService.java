package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;

/** The current user's own reminder choices; nobody reads or changes anyone else's. */
public class ReminderPreferencesService {
    private final ReminderStore store;
    private final AccessPolicy access;

    public ReminderPreferencesService(ReminderStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    public ReminderPreferences mine() {
        return store.preferences(currentUser());
    }

    public ReminderPreferences update(ReminderPreferences preferences) {
        String user = currentUser();
        store.savePreferences(user, preferences);
        return store.preferences(user);
    }

    /** True when somebody is logged in, so there are choices to show. */
    public boolean hasUser() {
        return access.currentUserKey().isPresent();
    }

    private String currentUser() {
        return access.currentUserKey().orElseThrow(() -> new AccessDeniedException("transfer.error.login-required"));
    }
}
