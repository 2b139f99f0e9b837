package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;
import java.util.List;

/**
 * Source: facts §4.3 [V-8.7]: an abstract class at the root of Confluence content; the space-content and page
 * classes between it and {@code Page} are flattened (facts §0 rule 4). Only the getters the app calls.
 */
public abstract class ContentEntityObject implements Labelable {
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

    /**
     * The content's labels, from AbstractLabelableEntityObject (facts §4.3 hierarchy; Labelable per its javadoc).
     * Stand-ins override it; the real one reads the labellings.
     */
    @Override
    public List<Label> getLabels() { return List.of(); }
}
