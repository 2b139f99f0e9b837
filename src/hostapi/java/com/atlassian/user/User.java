package com.atlassian.user;

import java.security.Principal;

/** Source: host-api-facts §4.1 [V-8.7]. */
public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
