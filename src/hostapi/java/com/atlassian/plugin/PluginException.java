package com.atlassian.plugin;

/**
 * Source: host-api-facts §6 [V-8.7] (atlassian-plugins-api): {@code PluginParseException extends PluginException
 * extends RuntimeException}. Only here because {@link com.atlassian.plugin.web.ContextProvider#init} names its
 * subclass; the app never constructs it, so no constructor is mirrored.
 */
public class PluginException extends RuntimeException {
}
