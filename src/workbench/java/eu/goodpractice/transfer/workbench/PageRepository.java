package eu.goodpractice.transfer.workbench;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The host's pages: kept in the workbench database, known to the stand-in Confluence for permission checks. */
public final class PageRepository {
    private final WorkbenchDatabase database;
    private final StandInConfluence confluence;
    private final Map<Long, PageRecord> pages = new ConcurrentHashMap<>();

    public PageRepository(WorkbenchDatabase database, StandInConfluence confluence) {
        this.database = database;
        this.confluence = confluence;
        database.pages().forEach(this::register);
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    public Optional<PageRecord> page(long id) {
        return Optional.ofNullable(pages.get(id));
    }

    public Optional<PageRecord> byTitle(String spaceKey, String title) {
        return pages.values().stream()
                .filter(p -> p.spaceKey().equals(spaceKey) && p.title().equalsIgnoreCase(title)).findFirst();
    }

    /** The pages of a space the current user may view, by title. */
    public List<PageRecord> viewableIn(String spaceKey) {
        return pages.values().stream().filter(p -> p.spaceKey().equals(spaceKey)).filter(this::canView)
                .sorted(Comparator.comparing(PageRecord::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public boolean canView(PageRecord page) {
        return confluence.hasPermission(confluence.currentUser(), Permission.VIEW, confluence.getPage(page.id()));
    }

    public boolean canEdit(String spaceKey) {
        Space space = confluence.getSpace(spaceKey);
        return confluence.currentUser() != null
                && confluence.hasPermission("EDITSPACE", space, confluence.currentUser());
    }

    /** Stores a new or changed page; a new page gets the next free id. */
    public PageRecord save(Long id, String spaceKey, String title, String body, String viewers) {
        long pageId = id != null ? id : pages.keySet().stream().mapToLong(Long::longValue).max().orElse(1000) + 1;
        PageRecord page = new PageRecord(pageId, spaceKey, title, body, viewers);
        database.save(page);
        register(page);
        return page;
    }

    private void register(PageRecord page) {
        pages.put(page.id(), page);
        confluence.removePage(page.id());
        String[] viewers = page.viewers() == null || page.viewers().isBlank() ? new String[0]
                : Arrays.stream(page.viewers().split(",")).map(String::strip).toArray(String[]::new);
        Page registered = confluence.addPage(page.id(), page.spaceKey(), page.title(), viewers);
        registered.setTitle(page.title());
    }
}
