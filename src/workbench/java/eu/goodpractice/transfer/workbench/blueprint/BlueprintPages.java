package eu.goodpractice.transfer.workbench.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.google.template.soy.SoyFileSet;
import com.google.template.soy.tofu.SoyTofu;
import eu.goodpractice.transfer.workbench.AppHost;
import eu.goodpractice.transfer.workbench.PageRepository;
import eu.goodpractice.transfer.workbench.PluginDescriptor;
import eu.goodpractice.transfer.workbench.PluginDescriptor.Blueprint;
import eu.goodpractice.transfer.workbench.WorkbenchDatabase.PageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creating pages from the app's blueprints, as Confluence's create dialog does, minus its script: the wizard's own
 * Soy pages as the form, the blueprint's context provider on the answers, its content template filled in, the
 * blueprint's label on the page, and an index page per blueprint and space that lists its pages.
 */
public final class BlueprintPages {
    private final AppHost app;
    private final PageRepository pages;
    private final I18nResolver i18n;
    private final PluginDescriptor descriptor;
    private SoyTofu wizards;

    public BlueprintPages(AppHost app, PageRepository pages) {
        this.app = app;
        this.pages = pages;
        this.i18n = app.component(I18nResolver.class);
        this.descriptor = app.descriptor();
    }

    public List<Blueprint> blueprints() {
        return descriptor.blueprints();
    }

    public Optional<Blueprint> blueprint(String key) {
        return blueprints().stream().filter(b -> b.key().equals(key)).findFirst();
    }

    public String text(String key) {
        return i18n.getText(key);
    }

    /** The wizard's pages as HTML, rendered from the app's Soy templates in the user's language. */
    public String wizardForm(Blueprint blueprint) {
        SoyTofu tofu = wizards();
        StringBuilder html = new StringBuilder();
        for (String template : blueprint.wizardTemplates()) {
            html.append(SoyGetText.with(i18n, () -> tofu.newRenderer(template).setData(Map.of()).render()));
        }
        return html.toString();
    }

    /**
     * Creates the page; the context provider's refusal (invalid answers) comes back as its exception, with nothing
     * created. A title already used in the space is refused too, as Confluence does.
     */
    public PageRecord create(Blueprint blueprint, String spaceKey, Map<String, String[]> answers) {
        Map<String, Object> context = new HashMap<>();
        answers.forEach((name, values) -> context.put(name, values.length == 1 ? values[0] : values));
        context.put("spaceKey", spaceKey);
        Map<String, Object> variables = context;
        if (blueprint.contextProvider() != null) {
            ContextProvider provider = (ContextProvider) app.module(load(blueprint.contextProvider()));
            provider.init(blueprint.providerParams());
            variables = provider.getContextMap(context);
        }
        String title = String.valueOf(variables.getOrDefault("ContentPageTitle", context.getOrDefault("title", "")));
        if (title.isBlank() || pages.byTitle(spaceKey, title).isPresent()) {
            throw new IllegalArgumentException(title.isBlank() ? "Please give the page a title."
                    : "A page with this title already exists in this space.");
        }
        String body = ContentTemplate.fill(resource(blueprint.templateLocation()), variables);
        ensureIndexPage(blueprint, spaceKey);
        return pages.save(null, spaceKey, title, body, null, blueprint.indexKey());
    }

    /** Confluence's create-content plugin keeps one index page per blueprint and space, listing its pages by label. */
    private void ensureIndexPage(Blueprint blueprint, String spaceKey) {
        if (blueprint.indexKey() == null || blueprint.indexKey().isBlank() || blueprint.indexTitleKey().isBlank()) {
            return;
        }
        String title = i18n.getText(blueprint.indexTitleKey());
        if (pages.byTitle(spaceKey, title).isEmpty()) {
            pages.save(null, spaceKey, title, "<ac:structured-macro ac:name=\"contentbylabel\">"
                    + "<ac:parameter ac:name=\"labels\">" + blueprint.indexKey() + "</ac:parameter>"
                    + "</ac:structured-macro>", null, null);
        }
    }

    private synchronized SoyTofu wizards() {
        if (wizards == null) {
            SoyFileSet.Builder files = SoyFileSet.builder().addSourceFunction(new SoyGetText());
            for (String location : descriptor.soyFiles()) {
                files.add(resource(location), location);
            }
            wizards = files.build().compileToTofu();
        }
        return wizards;
    }

    private static String resource(String location) {
        try (InputStream in = BlueprintPages.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("The descriptor names " + location + ", which does not exist");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names " + name + ", which does not exist", e);
        }
    }
}
