package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import eu.goodpractice.transfer.shared.Recipient;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Mail goes to a user outside their request: permission, address and language are looked up for that user. */
class RecipientLookupTest {
    private final UserManager userManager = mock(UserManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final SpacePermissionManager spacePermissions = mock(SpacePermissionManager.class);
    private final ConfluenceAccessPolicy policy = new ConfluenceAccessPolicy(
            new CurrentConfluenceUser(userManager, userAccessor), spaceManager, spacePermissions);
    private final Space vet = new Space("VET");

    @Test
    void viewPermissionIsCheckedForTheRecipientNotForWhoeverRunsTheJob() {
        ConfluenceUser katrin = mock(ConfluenceUser.class);
        when(userAccessor.getUserByKey(new UserKey("key-katrin"))).thenReturn(katrin);
        when(spaceManager.getSpace("VET")).thenReturn(vet);
        when(spacePermissions.hasPermission("VIEWSPACE", vet, katrin)).thenReturn(true);

        assertThat(policy.userCanView("key-katrin", "VET")).isTrue();
        assertThat(policy.userCanView("key-katrin", "NOPE")).isFalse();
        verify(userManager, never()).getRemoteUserKey();
    }

    @Test
    void anUnknownUserMayViewNothingNotEvenAPublicSpace() {
        when(spaceManager.getSpace("VET")).thenReturn(vet);
        when(spacePermissions.hasPermission("VIEWSPACE", vet, null)).thenReturn(true);

        assertThat(policy.userCanView("key-gone", "VET")).isFalse();
        verify(spacePermissions, never()).hasPermission(any(), any(), any());
    }

    @Test
    void aRecipientHasTheProfilesAddressAndTheUsersOwnLanguage() {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn("editor-pl");
        when(profile.getFullName()).thenReturn(" ");
        when(profile.getEmail()).thenReturn("piotr@example.org");
        when(userManager.getUserProfile(new UserKey("key-piotr"))).thenReturn(profile);
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale(new UserKey("key-piotr"))).thenReturn(Locale.forLanguageTag("pl"));
        SalRecipientDirectory directory = new SalRecipientDirectory(userManager, locales);

        assertThat(directory.recipient("key-piotr")).contains(
                new Recipient("key-piotr", "editor-pl", "piotr@example.org", Locale.forLanguageTag("pl")));
        assertThat(directory.recipient("key-gone")).isEmpty();
    }
}
