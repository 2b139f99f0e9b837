package eu.goodpractice.transfer.workbench.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * The host's template renderer as the app meets it: Apache Velocity 1.7 loading templates from the app's class
 * path, with Confluence's method allowlist enforced (see {@link AllowlistUberspector}). It also refuses a context
 * value that is not a string, number, boolean, list or map, the contract the app's views promise.
 */
public class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();

    public VelocityTemplateRenderer(Set<String> allowlistedMethods) {
        Properties properties = new Properties();
        properties.setProperty("resource.loader", "class");
        properties.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        properties.setProperty("runtime.introspector.uberspect", AllowlistUberspector.class.getName());
        // parsed templates are kept, as Confluence's template renderer keeps them; a changed template needs a restart
        properties.setProperty("class.resource.loader.cache", "true");
        properties.setProperty("input.encoding", "UTF-8");
        properties.setProperty("output.encoding", "UTF-8");
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST, Set.copyOf(allowlistedMethods));
        engine.init(properties);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        context.forEach((key, value) -> requirePlainValue(templateName + ": " + key, value));
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new RenderingException(e);
        }
    }

    /** Strings, numbers, booleans, lists and maps of them: what a template may receive without an allowlist entry. */
    static void requirePlainValue(String where, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> requirePlainValue(where + "." + k, v));
            return;
        }
        if (value instanceof Collection<?> list) {
            list.forEach(v -> requirePlainValue(where + "[]", v));
            return;
        }
        throw new RenderingException(where + " is a " + value.getClass().getName()
                + "; templates receive only strings, numbers, booleans, lists and maps");
    }
}
