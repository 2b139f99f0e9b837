package eu.goodpractice.transfer.workbench.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/** A user of the stand-in host; its key differs from its name, as in Confluence, so code mixing them up fails. */
public record HostUser(String name, String fullName, UserKey key) implements ConfluenceUser, UserProfile {
    public HostUser(String name, String fullName) {
        this(name, fullName, new UserKey("key-" + name));
    }

    @Override public String getName() { return name; }

    @Override public String getFullName() { return fullName; }

    @Override public String getEmail() { return name + "@example.org"; }

    @Override public UserKey getKey() { return key; }

    @Override public UserKey getUserKey() { return key; }

    @Override public String getUsername() { return name; }
}
