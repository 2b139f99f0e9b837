package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import eu.goodpractice.transfer.shared.Recipient;
import eu.goodpractice.transfer.shared.RecipientDirectory;
import java.util.Locale;
import java.util.Optional;

/**
 * Recipients through SAL: the profile's address, and the language Confluence resolves for that user
 * ({@code LocaleResolver.getLocale(UserKey)}: their profile setting, else the server's default).
 */
public class SalRecipientDirectory implements RecipientDirectory {
    private final UserManager userManager;
    private final LocaleResolver locales;

    public SalRecipientDirectory(UserManager userManager, LocaleResolver locales) {
        this.userManager = userManager;
        this.locales = locales;
    }

    @Override
    public Optional<Recipient> recipient(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        UserKey key = new UserKey(userKey);
        UserProfile profile = userManager.getUserProfile(key);
        if (profile == null) {
            return Optional.empty();
        }
        String fullName = profile.getFullName();
        String name = fullName == null || fullName.isBlank() ? profile.getUsername() : fullName;
        Locale locale = locales.getLocale(key);
        return Optional.of(new Recipient(userKey, name, profile.getEmail(), locale == null ? Locale.ENGLISH : locale));
    }
}
