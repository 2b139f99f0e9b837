package com.atlassian.plugin;

/**
 * Source: host-api-facts §6 [V-8.7] (atlassian-plugins-api). Named in the {@code throws} clause of
 * {@link com.atlassian.plugin.web.ContextProvider#init}; unchecked, since its parent is a RuntimeException.
 */
public class PluginParseException extends PluginException {
}
