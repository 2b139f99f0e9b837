package com.atlassian.sal.api.user;

/** Source: host-api-facts §3 [V-8.7]. Trimmed to the getters the app calls. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    /** The address Confluence mails the user at (reminders); may be blank. */
    String getEmail();
}
