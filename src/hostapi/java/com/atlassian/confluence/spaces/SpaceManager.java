package com.atlassian.confluence.spaces;

/** Source: host-api-facts §4.3 [V-8.7]; {@code getSpace(String)} answers null for an unknown key. */
public interface SpaceManager {
    Space getSpace(String spaceKey);
}
