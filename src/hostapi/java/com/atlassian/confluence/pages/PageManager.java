package com.atlassian.confluence.pages;

/** Source: facts §4.3 [V-8.7]; {@code getPage(long)} answers null for an unknown id. */
public interface PageManager {
    Page getPage(long id);
}
