package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import eu.goodpractice.transfer.shared.PageLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ConfluencePageDirectoryTest {
    @Mock PageManager pageManager;
    @Mock PermissionManager permissionManager;
    @Mock UserManager userManager;
    @Mock UserAccessor userAccessor;
    @Mock ConfluenceUser jan;

    @Test
    void linksOnlyPagesThatExistAndTheUserMayView() {
        UserKey key = new UserKey("key-jan");
        when(userManager.getRemoteUserKey()).thenReturn(key);
        when(userAccessor.getUserByKey(key)).thenReturn(jan);
        Page open = page(1, "Mentoring scheme");
        Page restricted = page(2, "Budget draft");
        when(pageManager.getPage(1)).thenReturn(open);
        when(pageManager.getPage(2)).thenReturn(restricted);
        when(permissionManager.hasPermission(jan, Permission.VIEW, open)).thenReturn(true);
        when(permissionManager.hasPermission(jan, Permission.VIEW, restricted)).thenReturn(false);

        HostLinks hostLinks = new HostLinks(mode -> "/confluence");
        Map<Long, PageLink> links = new ConfluencePageDirectory(pageManager, permissionManager,
                new CurrentConfluenceUser(userManager, userAccessor), hostLinks).viewable(List.of(1L, 2L, 3L));

        assertThat(links).containsOnlyKeys(1L);
        assertThat(links.get(1L)).isEqualTo(new PageLink(1, "Mentoring scheme", "/confluence/pages/viewpage.action?pageId=1"));
    }

    private static Page page(long id, String title) {
        Page page = new Page();
        page.setId(id);
        page.setTitle(title);
        return page;
    }
}
