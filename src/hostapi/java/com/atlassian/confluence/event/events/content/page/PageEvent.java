package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

/**
 * Source: decompiled Confluence core (recent, version unconfirmed): {@code public @NonNull Page getPage()};
 * research note §1. The constructor here is for stand-in hosts; the app never constructs events.
 */
public abstract class PageEvent extends ContentEvent {
    private final transient Page page;

    protected PageEvent(Object source, Page page) {
        super(source);
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
