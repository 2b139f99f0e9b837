package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.workbench.web.WebResourceServlet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workbench puts web resources on a page as Confluence does: a resource's dependencies first, depth first in the
 * order declared, each resource (and so each file) once, the resources required in the order required; a
 * dependency on another plugin's resource is the host's to serve and is skipped.
 */
class WebResourceOrderTest {
    private static final String APP = "eu.goodpractice.practice-transfer";

    /** A descriptor with web resources given as "key: dependency, dependency" (files key.css and key.js each). */
    private static PluginDescriptor descriptor(String... resources) {
        StringBuilder xml = new StringBuilder("<atlassian-plugin key=\"" + APP + "\">");
        for (String resource : resources) {
            String key = resource.split(":", 2)[0].strip();
            String rest = resource.contains(":") ? resource.substring(resource.indexOf(':') + 1).strip() : "";
            xml.append("<web-resource key=\"").append(key).append("\">");
            for (String dependency : rest.isEmpty() ? new String[0] : rest.split(",")) {
                xml.append("<dependency>").append(dependency.strip()).append("</dependency>");
            }
            xml.append("<resource type=\"download\" name=\"").append(key).append(".css\" location=\"web/").append(key)
                    .append(".css\"/><resource type=\"download\" name=\"").append(key).append(".js\" location=\"web/")
                    .append(key).append(".js\"/></web-resource>");
        }
        return PluginDescriptor.fromXml(xml.append("</atlassian-plugin>").toString());
    }

    private static List<String> order(PluginDescriptor descriptor, String... required) {
        return descriptor.webResourcesInOrder(List.of(required)).stream().map(PluginDescriptor.WebResource::key)
                .toList();
    }

    @Test
    void aResourceComesAfterItsDependencies() {
        PluginDescriptor descriptor = descriptor("common", "feature: " + APP + ":common");

        assertThat(order(descriptor, APP + ":feature")).containsExactly("common", "feature");
        assertThat(WebResourceServlet.urls("/confluence", descriptor, List.of(APP + ":feature"))).containsExactly(
                "/confluence/download/resources/" + APP + ":common/common.css",
                "/confluence/download/resources/" + APP + ":common/common.js",
                "/confluence/download/resources/" + APP + ":feature/feature.css",
                "/confluence/download/resources/" + APP + ":feature/feature.js");
    }

    @Test
    void aSharedDependencyComesOnceBeforeTheFirstResourceThatNeedsIt() {
        PluginDescriptor descriptor = descriptor("common", "plan: " + APP + ":common", "profile: " + APP + ":common");

        assertThat(order(descriptor, APP + ":profile", APP + ":plan", APP + ":profile"))
                .containsExactly("common", "profile", "plan");
        assertThat(WebResourceServlet.urls("", descriptor, List.of(APP + ":plan", APP + ":profile")))
                .containsExactly("/download/resources/" + APP + ":common/common.css",
                        "/download/resources/" + APP + ":common/common.js",
                        "/download/resources/" + APP + ":plan/plan.css",
                        "/download/resources/" + APP + ":plan/plan.js",
                        "/download/resources/" + APP + ":profile/profile.css",
                        "/download/resources/" + APP + ":profile/profile.js");
    }

    @Test
    void dependenciesAreFollowedDepthFirstInTheOrderDeclared() {
        PluginDescriptor descriptor = descriptor("base", "forms: " + APP + ":base", "icons",
                "feature: " + APP + ":forms, " + APP + ":icons, " + APP + ":base");

        assertThat(order(descriptor, APP + ":feature")).containsExactly("base", "forms", "icons", "feature");
        assertThat(order(descriptor, APP + ":icons", APP + ":feature")).containsExactly("icons", "base", "forms",
                "feature");
    }

    @Test
    void anotherPluginsResourcesAreLeftToTheHost() {
        String createContent = "com.atlassian.confluence.plugins.confluence-create-content-plugin:resources";
        PluginDescriptor descriptor = descriptor("wizard: " + createContent);

        assertThat(order(descriptor, APP + ":wizard")).containsExactly("wizard");
        assertThat(order(descriptor, createContent, "com.atlassian.auiplugin:ajs")).isEmpty();
    }

    @Test
    void anUndeclaredResourceOfTheAppBreaksThePage() {
        PluginDescriptor descriptor = descriptor("feature: " + APP + ":comon");

        assertThatThrownBy(() -> order(descriptor, APP + ":feature")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no web-resource comon").hasMessageContaining("a dependency of feature");
        assertThatThrownBy(() -> order(descriptor, APP + ":missing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no web-resource missing");
    }

    @Test
    void aCycleBreaksThePage() {
        PluginDescriptor descriptor = descriptor("a: " + APP + ":b", "b: " + APP + ":c", "c: " + APP + ":a");

        assertThatThrownBy(() -> order(descriptor, APP + ":a")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a -> b -> c -> a");
    }

    /** The app's own descriptor: each macro's web resource brings the shared helpers first. */
    @Test
    void theAppsFeaturesGetTheSharedScriptsAndStylesFirst() {
        PluginDescriptor app = PluginDescriptor.fromClassPath(getClass().getClassLoader());
        String common = "/download/resources/" + APP + ":common-resources/";

        for (String feature : List.of("action-plan-resources", "practice-profile-resources",
                "practice-settings-resources")) {
            List<String> urls = WebResourceServlet.urls("", app, List.of(APP + ":" + feature));
            assertThat(urls).as(feature).startsWith(common + "transfer-common.css", common + "transfer-common.js")
                    .hasSize(2 + app.webResources().get(feature).locationsByName().size());
        }
        assertThat(WebResourceServlet.urls("", app, List.of(APP + ":action-plan-resources",
                APP + ":practice-profile-resources")).stream().filter(url -> url.startsWith(common)))
                .as("the shared files, once on a page with two macros").hasSize(2);
        assertThat(order(app, APP + ":blueprint-wizard-resources")).containsExactly("blueprint-wizard-resources");
    }
}
