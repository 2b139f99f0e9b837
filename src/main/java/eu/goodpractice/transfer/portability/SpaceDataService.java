package eu.goodpractice.transfer.portability;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Data portability: a space's app data out to a file and back into any space, for space administrators only.
 * Pages are matched by title (and space, for pages of other spaces), since a Confluence space export keeps titles
 * but not page ids; an import with a page the target lacks writes nothing and names the missing pages.
 */
public class SpaceDataService {
    static final String NO_ADMIN = "transfer.portability.error.no-admin";

    private final AccessPolicy access;
    private final SitePages pages;
    private final SpaceDataStore store;

    public SpaceDataService(AccessPolicy access, SitePages pages, SpaceDataStore store) {
        this.access = access;
        this.pages = pages;
        this.store = store;
    }

    public SpaceData export(String spaceKey) {
        requireAdministrator(spaceKey);
        return store.read(spaceKey, pages.baseUrl(), pages::viewable);
    }

    public ImportReport importInto(String spaceKey, SpaceData data, boolean dryRun) {
        requireAdministrator(spaceKey);
        Map<Long, Long> targetPages = new LinkedHashMap<>();
        List<PageRef> unmapped = new ArrayList<>();
        for (PageRef page : data.pages().values()) {
            // the file's own space becomes the target; pages of other spaces stay in theirs
            String space = page.spaceKey() == null || page.spaceKey().equals(data.spaceKey())
                    ? spaceKey : page.spaceKey();
            Optional<Long> target = pages.viewablePageId(space, page.title());
            target.ifPresentOrElse(id -> targetPages.put(page.id(), id),
                    () -> unmapped.add(new PageRef(page.id(), space, page.title())));
        }
        if (!unmapped.isEmpty() && !dryRun) {
            String titles = unmapped.stream().map(page -> page.spaceKey() + ": " + page.title())
                    .collect(Collectors.joining("; "));
            throw new ValidationException(FieldErrors.of("pages", "transfer.portability.error.unmapped-pages",
                    unmapped.size(), titles));
        }
        Map<String, SectionCounts> counts = store.write(spaceKey, pages.baseUrl(), data, targetPages, dryRun);
        return new ImportReport(spaceKey, dryRun, !dryRun, counts, unmapped);
    }

    public boolean canTransfer(String spaceKey) {
        return access.canAdminister(spaceKey);
    }

    /** Refuses a non-administrator before the file is read, so a stranger learns nothing from its problems. */
    public void requireTransfer(String spaceKey) {
        requireAdministrator(spaceKey);
    }

    private void requireAdministrator(String spaceKey) {
        if (!access.canAdminister(spaceKey)) {
            throw new AccessDeniedException(NO_ADMIN);
        }
    }
}
