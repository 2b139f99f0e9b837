package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Source: host-api-facts §5 [V-8.7]; template names are classpath resources of the plugin bundle. */
public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
