package com.atlassian.sal.api;

/** Source: facts §3 [V-8.7]. Trimmed to the one call the app makes. */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
