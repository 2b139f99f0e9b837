package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;
import java.util.Locale;

/**
 * Source: SAL LocaleResolver, javadoc 8.8 (Confluence's {@code ConfluenceLocaleResolver} implements it). Trimmed to
 * the calls the app makes: the no-argument overload answers the current user's language; {@code getLocale(UserKey)}
 * a given user's (their profile's language, else the server's), confirmed with the search tool in the javadoc of
 * {@code com.atlassian.sal.confluence.message.ConfluenceLocaleResolver} 5.8 to 7.8. The request overload
 * (javax/jakarta servlet) is left out, as is {@code getSupportedLocales()}.
 */
public interface LocaleResolver {
    Locale getLocale();

    /**
     * Abstract in the host; a default here only so tests can keep writing the resolver as a lambda (the call links by
     * name and descriptor, and Confluence's resolver implements it).
     */
    default Locale getLocale(UserKey userKey) {
        return getLocale();
    }
}
