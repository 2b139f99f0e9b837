package eu.goodpractice.transfer.platform;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import eu.goodpractice.transfer.portability.PageRef;
import eu.goodpractice.transfer.portability.SitePages;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Pages by id or by space and title through Confluence, honouring page restrictions like the page directory. */
public class ConfluenceSitePages implements SitePages {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentConfluenceUser currentUser;
    private final ApplicationProperties applicationProperties;

    public ConfluenceSitePages(PageManager pageManager, PermissionManager permissionManager,
                               CurrentConfluenceUser currentUser, ApplicationProperties applicationProperties) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return base == null ? "" : base;
    }

    @Override
    public Map<Long, PageRef> viewable(Collection<Long> pageIds) {
        Map<Long, PageRef> pages = new LinkedHashMap<>();
        ConfluenceUser user = currentUser.user();
        for (Long id : pageIds) {
            Page page = id == null ? null : pageManager.getPage(id);
            if (page != null && permissionManager.hasPermission(user, Permission.VIEW, page)) {
                pages.put(id, new PageRef(page.getId(), page.getSpaceKey(), page.getTitle()));
            }
        }
        return pages;
    }

    @Override
    public Optional<Long> viewablePageId(String spaceKey, String title) {
        Page page = spaceKey == null || title == null ? null : pageManager.getPage(spaceKey, title);
        if (page == null || !permissionManager.hasPermission(currentUser.user(), Permission.VIEW, page)) {
            return Optional.empty();
        }
        return Optional.of(page.getId());
    }
}
