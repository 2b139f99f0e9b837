package eu.goodpractice.transfer.shared;

import java.util.Optional;

/** What the current user may do in a space; the single place where the app asks the host about permissions. */
public interface AccessPolicy {
    /** The current user's key, or empty when nobody is logged in. */
    Optional<String> currentUserKey();

    /** True when the current user may view the space (false for an unknown space). */
    boolean canView(String spaceKey);

    /** True when the current user may add and edit pages in the space (false for an unknown space). */
    boolean canEdit(String spaceKey);

    /** True when the current user administers the space (false for an unknown space). */
    boolean canAdminister(String spaceKey);

    /**
     * True when the given user (not the current one) may view the space; for work done on a user's behalf outside
     * their requests, such as reminder mail. False for an unknown user or space.
     */
    boolean userCanView(String userKey, String spaceKey);

    /** True when the current user belongs to the named group. */
    boolean isInGroup(String group);
}
