package com.atlassian.confluence.core;

/**
 * Source: facts §4.3 [V-8.7]: an abstract class at the root of Confluence content; the space-content and page
 * classes between it and {@code Page} are flattened (facts §0 rule 4). Only the getters the app calls.
 */
public abstract class ContentEntityObject {
    private long id;
    private String title;
    private String body;

    public long getId() { return id; }

    public void setId(long id) { this.id = id; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    /** The body in storage format. */
    public String getBodyAsString() { return body; }

    public void setBodyAsString(String body) { this.body = body; }
}
