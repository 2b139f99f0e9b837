package com.atlassian.confluence.event.events.label;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

/** Source: as {@link LabelEvent}; published by LabelManagerImpl whenever a label is removed from content. */
public class LabelRemoveEvent extends LabelEvent {
    public LabelRemoveEvent(Label source, Labelable labelled) {
        super(source, labelled);
    }
}
