package com.atlassian.event.api;

/**
 * Source: host-api-facts §4.4 [V-8.7] ({@code EventPublisher extends EventListenerRegistrar}, flattened here);
 * used the same way by a Confluence 7/8 plugin (agiledigital-labs/confluence-plugin-idea-search). The app registers
 * its listener and unregisters it when it stops.
 */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
