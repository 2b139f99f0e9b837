package eu.goodpractice.transfer.workbench;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.StandInPage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's pages: kept in the workbench database, known to the stand-in Confluence for permission checks, and
 * announced to the app's listeners with Confluence's page events when created, edited, moved, trashed, restored
 * or purged. A trashed page is hidden from everyone but the space's trash list.
 */
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

    /** A page that is not in the trash. */
    public Optional<PageRecord> page(long id) {
        return Optional.ofNullable(pages.get(id)).filter(p -> !p.trashed());
    }

    public Optional<PageRecord> byTitle(String spaceKey, String title) {
        return pages.values().stream().filter(p -> !p.trashed())
                .filter(p -> p.spaceKey().equals(spaceKey) && p.title().equalsIgnoreCase(title)).findFirst();
    }

    /** The pages of a space the current user may view, by title. */
    public List<PageRecord> viewableIn(String spaceKey) {
        return pages.values().stream().filter(p -> !p.trashed() && p.spaceKey().equals(spaceKey))
                .filter(this::canView).sorted(Comparator.comparing(PageRecord::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The viewable pages of a space that carry a label, by title. */
    public List<PageRecord> labelledIn(String spaceKey, String label) {
        return viewableIn(spaceKey).stream().filter(page -> page.hasLabel(label)).toList();
    }

    /** The space's trash. */
    public List<PageRecord> trashIn(String spaceKey) {
        return pages.values().stream().filter(p -> p.trashed() && p.spaceKey().equals(spaceKey))
                .sorted(Comparator.comparing(PageRecord::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public boolean canView(PageRecord page) {
        return !page.trashed()
                && confluence.hasPermission(confluence.currentUser(), Permission.VIEW, confluence.getPage(page.id()));
    }

    public boolean canEdit(String spaceKey) {
        Space space = confluence.getSpace(spaceKey);
        return confluence.currentUser() != null
                && confluence.hasPermission("EDITSPACE", space, confluence.currentUser());
    }

    /** Stores a new or changed page (a new one gets the next free id) and tells the app. */
    public PageRecord save(Long id, String spaceKey, String title, String body, String viewers) {
        String labels = id == null || !pages.containsKey(id) ? null : pages.get(id).labels();
        return save(id, spaceKey, title, body, viewers, labels);
    }

    /** As {@link #save(Long, String, String, String, String)}, with the page's labels (comma-separated). */
    public PageRecord save(Long id, String spaceKey, String title, String body, String viewers, String labels) {
        boolean created = id == null || !pages.containsKey(id);
        long pageId = id != null ? id : pages.keySet().stream().mapToLong(Long::longValue).max().orElse(1000) + 1;
        PageRecord page = store(new PageRecord(pageId, spaceKey, title, body, viewers, false, labels));
        Page host = confluence.getPage(pageId);
        confluence.publish(created ? new PageCreateEvent(this, host) : new PageUpdateEvent(this, host));
        return page;
    }

    /**
     * Gives the page exactly these labels (comma-separated) and tells the app of each one added or removed, as
     * Confluence's label manager does: one LabelAddEvent or LabelRemoveEvent per label.
     */
    public void relabel(long id, String labels) {
        PageRecord page = pages.get(id);
        Set<String> before = names(page.labels());
        Set<String> after = names(labels);
        store(new PageRecord(id, page.spaceKey(), page.title(), page.body(), page.viewers(), page.trashed(),
                String.join(",", after)));
        Page host = confluence.getPage(id);
        before.stream().filter(name -> !after.contains(name))
                .forEach(name -> confluence.publish(new LabelRemoveEvent(new Label(name), host)));
        after.stream().filter(name -> !before.contains(name))
                .forEach(name -> confluence.publish(new LabelAddEvent(new Label(name), host)));
    }

    private static Set<String> names(String labels) {
        Set<String> names = new LinkedHashSet<>();
        if (labels != null) {
            for (String name : labels.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    public void move(long id, String newSpaceKey) {
        PageRecord page = pages.get(id);
        Space oldSpace = confluence.getSpace(page.spaceKey());
        store(new PageRecord(id, newSpaceKey, page.title(), page.body(), page.viewers(), false, page.labels()));
        confluence.publish(new PageMoveEvent(this, confluence.getPage(id), oldSpace));
    }

    public void trash(long id) {
        PageRecord page = pages.get(id);
        Page host = confluence.getPage(id);
        store(new PageRecord(id, page.spaceKey(), page.title(), page.body(), page.viewers(), true, page.labels()));
        confluence.publish(new PageTrashedEvent(this, host));
    }

    public void restore(long id) {
        PageRecord page = pages.get(id);
        store(new PageRecord(id, page.spaceKey(), page.title(), page.body(), page.viewers(), false, page.labels()));
        confluence.publish(new PageRestoreEvent(this, confluence.getPage(id)));
    }

    public void purge(long id) {
        PageRecord page = pages.remove(id);
        Page host = hostPage(page);
        database.delete(id);
        confluence.removePage(id);
        confluence.publish(new PageRemoveEvent(this, host));
    }

    /** A page of the trash, for restoring or purging. */
    public Optional<PageRecord> trashed(long id) {
        return Optional.ofNullable(pages.get(id)).filter(PageRecord::trashed);
    }

    private PageRecord store(PageRecord page) {
        database.save(page);
        register(page);
        return page;
    }

    private void register(PageRecord page) {
        pages.put(page.id(), page);
        confluence.removePage(page.id());
        if (!page.trashed()) {
            String[] viewers = page.viewers() == null || page.viewers().isBlank() ? new String[0]
                    : Arrays.stream(page.viewers().split(",")).map(String::strip).toArray(String[]::new);
            confluence.addPage(page.id(), page.spaceKey(), page.title(), viewers).withLabels(page.labels())
                    .setBodyAsString(page.body());
        }
    }

    /** The page as the host describes it in an event, also for a page no longer registered. */
    private Page hostPage(PageRecord record) {
        StandInPage page = new StandInPage().withLabels(record.labels());
        page.setId(record.id());
        page.setTitle(record.title());
        page.setSpace(confluence.getSpace(record.spaceKey()));
        page.setBodyAsString(record.body());
        return page;
    }
}
