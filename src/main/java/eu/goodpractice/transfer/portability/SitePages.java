package eu.goodpractice.transfer.portability;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What moving a space's app data needs from the host: this site's address and its pages, as the user sees them. */
public interface SitePages {
    /** The site's canonical base URL; part of every row's portable key, so two sites' rows never share one. */
    String baseUrl();

    /** Space and title of the pages the current user may view; others are left out of the map. */
    Map<Long, PageRef> viewable(Collection<Long> pageIds);

    /** The page of that title in the space, when it exists and the current user may view it. */
    Optional<Long> viewablePageId(String spaceKey, String title);
}
