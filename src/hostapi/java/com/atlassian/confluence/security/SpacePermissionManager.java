package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Source: Confluence 10.0.3 javadoc of the implementing class: {@code hasPermission(String, @Nullable Space,
 * @Nullable ConfluenceUser)} (8.7 took {@code com.atlassian.user.User}, facts §4.2). A null user is anonymous.
 */
public interface SpacePermissionManager {
    boolean hasPermission(String permissionType, Space space, ConfluenceUser user);
}
