package com.atlassian.confluence.event.events;

import com.atlassian.event.Event;

/** Source: decompiled Confluence core (recent, version unconfirmed), see /tmp/research/events-blueprints.md §1. */
public abstract class ConfluenceEvent extends Event {
    protected ConfluenceEvent(Object source) {
        super(source);
    }
}
