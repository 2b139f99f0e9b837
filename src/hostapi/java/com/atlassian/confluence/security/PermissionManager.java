package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Source: facts §4.2 for the method; the user parameter is {@code ConfluenceUser} since Confluence 8.9 (javadoc
 * 8.9.3 of this interface), as in 10.x. A null user is anonymous; the app passes a page as target.
 */
public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}
