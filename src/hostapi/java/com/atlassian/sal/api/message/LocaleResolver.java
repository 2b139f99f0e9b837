package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Source: SAL LocaleResolver, javadoc 8.8 (Confluence's {@code ConfluenceLocaleResolver} implements it). Trimmed to
 * the one call the app makes: the no-argument overload answers the current user's language. The request and
 * user-key overloads are left out, as is {@code getSupportedLocales()}.
 */
public interface LocaleResolver {
    Locale getLocale();
}
