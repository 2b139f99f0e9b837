package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

/**
 * Source: decompiled Confluence core (recent, version unconfirmed): {@code @NonNull Space getOldSpace()}; there is no
 * {@code getNewSpace()}, the page itself is in its new space (research note §1). Constructor for stand-in hosts.
 */
public class PageMoveEvent extends PageEvent {
    private final transient Space oldSpace;

    public PageMoveEvent(Object source, Page page, Space oldSpace) {
        super(source, page);
        this.oldSpace = oldSpace;
    }

    public Space getOldSpace() {
        return oldSpace;
    }
}
