package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Source: host-api-facts §4.1 [V-8.7]. */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
