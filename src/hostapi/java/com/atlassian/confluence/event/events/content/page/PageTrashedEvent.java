package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Source: a public class extending {@code PageEvent} (host-api-facts §4.4 [V-8.7]; research note §1). The app only
 * calls {@code getPage()}; the constructor is for stand-in hosts.
 */
public class PageTrashedEvent extends PageEvent {
    public PageTrashedEvent(Object source, Page page) {
        super(source, page);
    }
}
