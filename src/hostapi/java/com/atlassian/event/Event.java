package com.atlassian.event;

/**
 * Source: host-api-facts §4.4 [V-8.7]: a class; in old versions it extends Spring's ApplicationEvent, on 10.x its
 * superclass is not confirmed, so the app calls none of its inherited methods. The constructor is for stand-in hosts.
 */
public class Event {
    private final transient Object source;

    public Event(Object source) {
        this.source = source;
    }

    /** Only stand-in hosts call this; the app never does (the real method's declaring class is unconfirmed). */
    public Object source() {
        return source;
    }
}
