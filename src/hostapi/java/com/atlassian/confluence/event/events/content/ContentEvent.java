package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/** Source: decompiled Confluence core (recent, version unconfirmed); research note §1. Trimmed. */
public abstract class ContentEvent extends ConfluenceEvent {
    protected ContentEvent(Object source) {
        super(source);
    }
}
