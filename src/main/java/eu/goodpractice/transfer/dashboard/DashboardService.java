package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The coordinators' view of practices across spaces. Nothing from a space the viewer may not view is shown or
 * counted: "all" spaces are the spaces holding practices narrowed to the viewable ones, and a named space the
 * viewer may not view is left out silently, so the answer never tells whether it exists. A row whose page is
 * restricted from the viewer is dropped from the page of rows too.
 */
public class DashboardService {
    private final DashboardStore store;
    private final AccessPolicy access;
    private final PageDirectory pages;

    public DashboardService(DashboardStore store, AccessPolicy access, PageDirectory pages) {
        this.store = store;
        this.access = access;
        this.pages = pages;
    }

    /** Counts and one page of rows for the filter; callable without HTTP (macros, exports, benchmarks). */
    public DashboardResult practices(DashboardFilter filter) {
        Set<String> spaces = viewableSpaces(filter.spaceKeys());
        if (spaces.isEmpty()) {
            return new DashboardResult(filter, spaces, DashboardCounts.none(),
                    new Page<>(List.of(), filter.page().start(), filter.page().limit(), 0), Map.of());
        }
        DashboardCounts counts = store.counts(spaces, filter);
        List<DashboardRow> rows = store.rows(spaces, filter);
        Map<Long, PageLink> links = pages.viewable(rows.stream().map(DashboardRow::pageId).toList());
        List<DashboardRow> visible = rows.stream().filter(row -> links.containsKey(row.pageId())).toList();
        // like the practice list, the total leaves out only restricted pages on the page returned
        return new DashboardResult(filter, spaces, counts, new Page<>(visible, filter.page().start(),
                filter.page().limit(), counts.practices() - (rows.size() - visible.size())), links);
    }

    /**
     * Every practice the filter matches, not only a page of them, for exports: the same spaces and page
     * restrictions as {@link #practices}, handed to {@code sink} a chunk at a time with the links of the chunk's
     * viewable pages. Rows come in the filter's sort order; its page is ignored.
     */
    public void forEachPractice(DashboardFilter filter, int chunkSize,
                                BiConsumer<List<DashboardRow>, Map<Long, PageLink>> sink) {
        Set<String> spaces = viewableSpaces(filter.spaceKeys());
        if (spaces.isEmpty()) {
            return;
        }
        store.forEachChunk(spaces, filter, chunkSize, chunk -> {
            Map<Long, PageLink> links = pages.viewable(chunk.stream().map(DashboardRow::pageId).toList());
            List<DashboardRow> visible = chunk.stream().filter(row -> links.containsKey(row.pageId())).toList();
            if (!visible.isEmpty()) {
                sink.accept(visible, links);
            }
        });
    }

    private Set<String> viewableSpaces(Set<String> wanted) {
        Set<String> candidates = wanted.isEmpty() ? store.spaceKeys() : wanted;
        return candidates.stream().filter(access::canView).collect(Collectors.toCollection(TreeSet::new));
    }
}
