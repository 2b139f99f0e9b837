package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Source: host-api-facts §6 [V-8.7] (atlassian-plugins-webfragment-api), the same two methods in the blueprint
 * samples read for research note events-blueprints §5 (hello-blueprint, idea-search). Complete: the app implements
 * it. The create-content plugin accepts any implementation for a {@code <content-template>}'s
 * {@code <context-provider>}, not only its own AbstractBlueprintContextProvider [V-8.7].
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
