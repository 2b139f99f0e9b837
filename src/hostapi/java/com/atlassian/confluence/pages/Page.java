package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;

/**
 * Source: facts §4.3 [V-8.7]: a class, deep in the content hierarchy (AbstractPage and SpaceContentEntityObject
 * flattened in, facts §0 rule 4). The
 * setters exist on the real superclasses; only host stand-ins call them. The real {@code getUrlPath()} is
 * context-relative.
 */
public class Page extends ContentEntityObject {
    private Space space;

    public Space getSpace() { return space; }

    public void setSpace(Space space) { this.space = space; }

    public String getSpaceKey() { return space == null ? null : space.getKey(); }

    public String getUrlPath() { return "/pages/viewpage.action?pageId=" + getId(); }
}
