package com.atlassian.confluence.pages;

/**
 * Source: facts §4.3 [V-8.7]; {@code getPage(long)} answers null for an unknown id. {@code getPage(String, String)}
 * (space key and exact title, null when the space has no current page of that title; deprecated like the other
 * getters, still present in 10.x) is from the same section of host-api-facts.md.
 */
public interface PageManager {
    Page getPage(long id);

    Page getPage(String spaceKey, String title);
}
