package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Source: host-api-facts §3 [V-8.7]. Trimmed to the calls the app makes. In Confluence the one-locale-less
 * overloads answer in the current user's language; the locale overload answers in the given one (for mail to
 * another user).
 */
public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(String key);

    String getText(Locale locale, String key, Serializable... arguments);
}
