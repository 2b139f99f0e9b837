package eu.goodpractice.transfer.platform;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

/** The logged-in user as Confluence's permission checks want it; null stands for anonymous, as there. */
public class CurrentConfluenceUser {
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public CurrentConfluenceUser(UserManager userManager, UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    public UserKey key() {
        return userManager.getRemoteUserKey();
    }

    public boolean isInGroup(UserKey key, String group) {
        return userManager.isUserInGroup(key, group);
    }

    /** Any user by key, for permission checks on someone else's behalf; null when unknown. */
    public ConfluenceUser byKey(UserKey key) {
        return userAccessor.getUserByKey(key);
    }

    public ConfluenceUser user() {
        UserKey key = key();
        return key == null ? null : userAccessor.getUserByKey(key);
    }
}
