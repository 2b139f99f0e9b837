package eu.goodpractice.transfer.platform;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pages through Confluence, honouring page restrictions: a page the user may not view is as good as absent. */
public class ConfluencePageDirectory implements PageDirectory {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final CurrentConfluenceUser currentUser;
    private final HostLinks hostLinks;

    public ConfluencePageDirectory(PageManager pageManager, PermissionManager permissionManager,
                                   CurrentConfluenceUser currentUser, HostLinks hostLinks) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.currentUser = currentUser;
        this.hostLinks = hostLinks;
    }

    @Override
    public Map<Long, PageLink> viewable(Collection<Long> pageIds) {
        Map<Long, PageLink> links = new LinkedHashMap<>();
        if (pageIds.isEmpty()) {
            return links;
        }
        ConfluenceUser user = currentUser.user();
        for (Long id : pageIds) {
            Page page = id == null ? null : pageManager.getPage(id);
            if (page != null && permissionManager.hasPermission(user, Permission.VIEW, page)) {
                links.put(id, new PageLink(page.getId(), page.getTitle(), hostLinks.link(page.getUrlPath())));
            }
        }
        return links;
    }
}
