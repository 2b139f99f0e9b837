package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Source: Confluence 8.x javadoc; both lookups are inherited from {@code ConfluenceUserResolver} (since 7.16) and
 * still imported as a service by a Confluence 10.2 plugin (deftdevs/bootstrapi). Flattened here (facts §0 rule 4).
 * Both answer null for an unknown user.
 */
public interface UserAccessor {
    ConfluenceUser getUserByKey(UserKey key);

    ConfluenceUser getUserByName(String name);
}
