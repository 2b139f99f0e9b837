package eu.goodpractice.transfer.shared;

import java.util.Locale;

/** A user the app writes to: display name, e-mail address (null when the profile has none) and own language. */
public record Recipient(String key, String displayName, String email, Locale locale) {
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
