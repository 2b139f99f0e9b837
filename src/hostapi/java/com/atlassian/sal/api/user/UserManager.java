package com.atlassian.sal.api.user;

/**
 * Source: facts §3 [V-8.7]; the no-argument and key overloads are unchanged in SAL 6 (javadoc 9.5.2). The request
 * overloads are left out: their servlet type differs between lines, and the app does not call them.
 */
public interface UserManager {
    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);
}
