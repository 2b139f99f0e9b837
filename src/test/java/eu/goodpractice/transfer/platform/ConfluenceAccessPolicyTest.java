package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ConfluenceAccessPolicyTest {
    @Mock UserManager userManager;
    @Mock UserAccessor userAccessor;
    @Mock SpaceManager spaceManager;
    @Mock SpacePermissionManager spacePermissions;
    @Mock ConfluenceUser ana;

    private ConfluenceAccessPolicy policy;
    private final Space vet = new Space("VET");

    @BeforeEach
    void setUp() {
        policy = new ConfluenceAccessPolicy(new CurrentConfluenceUser(userManager, userAccessor), spaceManager,
                spacePermissions);
    }

    @Test
    void viewingAsksForTheViewSpacePermissionOfTheLoggedInUser() {
        givenLoggedIn();
        when(spaceManager.getSpace("VET")).thenReturn(vet);
        when(spacePermissions.hasPermission("VIEWSPACE", vet, ana)).thenReturn(true);

        assertThat(policy.canView("VET")).isTrue();
        assertThat(policy.canEdit("VET")).isFalse();
        assertThat(policy.currentUserKey()).contains("key-ana");
    }

    @Test
    void editingMeansMayAddPagesInTheSpace() {
        givenLoggedIn();
        when(spaceManager.getSpace("VET")).thenReturn(vet);
        when(spacePermissions.hasPermission("EDITSPACE", vet, ana)).thenReturn(true);

        assertThat(policy.canEdit("VET")).isTrue();
    }

    @Test
    void anonymousVisitorsAreCheckedAsTheNullUser() {
        when(spaceManager.getSpace("VET")).thenReturn(vet);
        when(spacePermissions.hasPermission("VIEWSPACE", vet, null)).thenReturn(true);

        assertThat(policy.canView("VET")).isTrue();
        assertThat(policy.currentUserKey()).isEmpty();
    }

    @Test
    void anUnknownOrBlankSpaceGrantsNothing() {
        assertThat(policy.canView("NOPE")).isFalse();
        assertThat(policy.canEdit(" ")).isFalse();
        assertThat(policy.canView(null)).isFalse();
        verify(spacePermissions, never()).hasPermission(anyString(), any(), any());
    }

    private void givenLoggedIn() {
        UserKey key = new UserKey("key-ana");
        when(userManager.getRemoteUserKey()).thenReturn(key);
        when(userAccessor.getUserByKey(key)).thenReturn(ana);
    }
}
