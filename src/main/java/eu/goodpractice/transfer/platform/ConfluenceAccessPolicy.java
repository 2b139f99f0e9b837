package eu.goodpractice.transfer.platform;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import eu.goodpractice.transfer.shared.AccessPolicy;
import java.util.Optional;

/** Space permissions as Confluence grants them: view is "View space", edit is "Add page" in that space. */
public class ConfluenceAccessPolicy implements AccessPolicy {
    private final CurrentConfluenceUser currentUser;
    private final SpaceManager spaceManager;
    private final SpacePermissionManager spacePermissions;

    public ConfluenceAccessPolicy(CurrentConfluenceUser currentUser, SpaceManager spaceManager,
                                  SpacePermissionManager spacePermissions) {
        this.currentUser = currentUser;
        this.spaceManager = spaceManager;
        this.spacePermissions = spacePermissions;
    }

    @Override
    public Optional<String> currentUserKey() {
        return Optional.ofNullable(currentUser.key()).map(UserKey::getStringValue);
    }

    @Override
    public boolean canView(String spaceKey) {
        return has(SpacePermission.VIEWSPACE_PERMISSION, spaceKey);
    }

    @Override
    public boolean canEdit(String spaceKey) {
        return has(SpacePermission.CREATEEDIT_PAGE_PERMISSION, spaceKey);
    }

    @Override
    public boolean canAdminister(String spaceKey) {
        return has(SpacePermission.ADMINISTER_SPACE_PERMISSION, spaceKey);
    }

    @Override
    public boolean userCanView(String userKey, String spaceKey) {
        if (userKey == null || spaceKey == null || spaceKey.isBlank()) {
            return false;
        }
        ConfluenceUser user = currentUser.byKey(new UserKey(userKey));
        Space space = spaceManager.getSpace(spaceKey);
        // a null user would be checked as anonymous: an unknown user sees nothing, even in a public space
        return user != null && space != null
                && spacePermissions.hasPermission(SpacePermission.VIEWSPACE_PERMISSION, space, user);
    }

    @Override
    public boolean isInGroup(String group) {
        UserKey key = currentUser.key();
        return key != null && group != null && !group.isBlank() && currentUser.isInGroup(key, group);
    }

    private boolean has(String permission, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return false;
        }
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && spacePermissions.hasPermission(permission, space, currentUser.user());
    }
}
