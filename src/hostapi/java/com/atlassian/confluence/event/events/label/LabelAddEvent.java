package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Source: as {@link LabelEvent}; published by LabelManagerImpl whenever a label is added to content. */
public class LabelAddEvent extends LabelEvent {
    public LabelAddEvent(Label source, Labelable labelled) {
        super(source, labelled);
    }
}
