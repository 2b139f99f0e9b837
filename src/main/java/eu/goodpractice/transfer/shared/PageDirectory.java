package eu.goodpractice.transfer.shared;

import java.util.Collection;
import java.util.Map;

/** Resolves page ids to links, hiding pages the current user may not view. */
public interface PageDirectory {
    /** Links for the pages that exist and that the current user may view; others are left out of the map. */
    Map<Long, PageLink> viewable(Collection<Long> pageIds);
}
