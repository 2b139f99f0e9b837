package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageLink;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a dashboard shows for a filter: the spaces it covered (only viewable ones, in key order), the counts over every matching
 * practice, one page of rows, and the links of the rows' pages.
 */
public record DashboardResult(DashboardFilter filter, Set<String> spaces, DashboardCounts counts,
                              Page<DashboardRow> rows, Map<Long, PageLink> links) {
    public DashboardResult {
        spaces = Collections.unmodifiableSortedSet(new TreeSet<>(spaces));
        links = Map.copyOf(links);
    }
}
