package eu.goodpractice.transfer.platform;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders the app's Velocity templates to strings and asks the page for the app's scripts and styles. */
public class TemplateViews {
    public static final String PLUGIN_KEY = "eu.goodpractice.practice-transfer";

    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;

    public TemplateViews(TemplateRenderer renderer, PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
    }

    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Adds a web resource of this app (by module key) to the page being rendered. */
    public void requireResource(String moduleKey) {
        pageBuilder.assembler().resources().requireWebResource(PLUGIN_KEY + ":" + moduleKey);
    }
}
