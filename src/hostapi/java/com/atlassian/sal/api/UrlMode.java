package com.atlassian.sal.api;

/** Source: facts §3 [V-8.7]: {@code UrlMode {CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO}}. */
public enum UrlMode {
    CANONICAL, ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, AUTO
}
