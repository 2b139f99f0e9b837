package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Source: host-api-facts §3 [V-8.7]: a final value class, equality on the string value. */
public final class UserKey implements Serializable {
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public String getStringValue() { return userkey; }

    @Override public String toString() { return userkey; }

    @Override public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userkey.equals(userkey);
    }

    @Override public int hashCode() { return userkey.hashCode(); }
}
