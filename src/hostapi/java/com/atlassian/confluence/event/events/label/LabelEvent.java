package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/**
 * Source: Confluence javadoc of com.atlassian.confluence.event.events.label.LabelEvent (search, docs corpus;
 * unchanged from 3.5 to 6.3): abstract, {@code LabelEvent(Label source, Labelable labelled)}, {@code Label
 * getLabel()}, {@code Labelable getLabelled()}; decompiled LabelManagerImpl publishes {@code new LabelAddEvent(label,
 * content)} and {@code new LabelRemoveEvent(label, content)}. The constructors are for stand-in hosts.
 */
public abstract class LabelEvent extends ConfluenceEvent {
    private final transient Label label;
    private final transient Labelable labelled;

    protected LabelEvent(Label source, Labelable labelled) {
        super(source);
        this.label = source;
        this.labelled = labelled;
    }

    public Label getLabel() {
        return label;
    }

    public Labelable getLabelled() {
        return labelled;
    }
}
