package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.templaterenderer.RenderingException;
import eu.goodpractice.transfer.workbench.host.VelocityTemplateRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;
import org.junit.jupiter.api.Test;

/**
 * The Velocity side of the host: every template parses with Velocity 1.7 (Confluence's engine is a 1.6/1.7 fork),
 * and the test host's renderer enforces the two rules Confluence 9+ applies to templates, so view tests that use
 * it prove something: method calls outside the allowlist fail, and only plain values go into a template.
 */
class VelocityTemplatesTest {
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final String CLASS_NAME_PROBE = "contract/velocity/class-name.vm";
    private static final String PLAIN_PROBE = "contract/velocity/plain.vm";
    /** A method of a non-plain object, reached from a plain value: exactly what Confluence's allowlist is for. */
    private static final String CLASS_GET_NAME = "java.lang.Class#getName()";
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$\\[\\], ]*)\\)");

    private final Descriptor descriptor = Descriptor.built();

    @Test
    void everyTemplateParsesWithVelocity17() throws Exception {
        List<Path> templates = UsedI18nKeys.files(TEMPLATES, ".vm");
        assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
        RuntimeInstance velocity = new RuntimeInstance();
        velocity.setProperty("runtime.log.logsystem.class", NullLogChute.class.getName());
        velocity.init();
        List<String> problems = new ArrayList<>();
        for (Path template : templates) {
            try {
                velocity.parse(new StringReader(Files.readString(template, StandardCharsets.UTF_8)),
                        template.toString());
            } catch (ParseException e) {
                problems.add(template + ": " + e.getMessage());
            }
        }
        assertThat(problems).as("templates Velocity 1.7 cannot parse").isEmpty();
    }

    @Test
    void rendererRefusesAMethodCallOutsideTheAllowlist() {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(descriptor.velocityAllowlist());

        assertThatThrownBy(() -> render(renderer, CLASS_NAME_PROBE, Map.of("text", "x")))
                .as("%s must be refused unless allowlisted, as Confluence blocks it", CLASS_GET_NAME)
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(CLASS_GET_NAME);
    }

    @Test
    void rendererAcceptsAnAllowlistedMethodCall() throws IOException {
        Set<String> allowlist = new HashSet<>(descriptor.velocityAllowlist());
        allowlist.add(CLASS_GET_NAME);

        String html = render(new VelocityTemplateRenderer(allowlist), CLASS_NAME_PROBE, Map.of("text", "x"));

        assertThat(html.strip()).isEqualTo(String.class.getName());
    }

    @Test
    void rendererAcceptsPlainValuesAndRefusesAnyOther() throws IOException {
        VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(Set.of());

        assertThat(render(renderer, PLAIN_PROBE, Map.of("text", "abc", "numbers", List.of(1, 2))).strip())
                .isEqualTo("ABC 2");
        assertThatThrownBy(() -> render(renderer, PLAIN_PROBE, Map.of("text", "abc", "numbers", List.of(LocalDate.MIN))))
                .as("a LocalDate inside a list is not a plain value")
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("numbers").hasMessageContaining(LocalDate.class.getName());
        assertThatThrownBy(() -> render(renderer, PLAIN_PROBE, Map.of("text", new StringBuilder("abc"),
                "numbers", List.of())))
                .as("a StringBuilder is not a plain value")
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining("text").hasMessageContaining(StringBuilder.class.getName());
    }

    @Test
    void allowlistIsReadFromTheDescriptorAndNamesRealMethods() {
        assertThat(Descriptor.of("<atlassian-plugin key=\"k\"><resource type=\"i18n\" name=\"i18n\" location=\"x\"/>"
                + "</atlassian-plugin>").velocityAllowlist()).as("no <velocity-allowlist>").isEmpty();
        assertThat(Descriptor.of("<atlassian-plugin key=\"k\"><velocity-allowlist key=\"v\">"
                + "<method> com.example.View#getTitle() </method><method>com.example.View#label(java.lang.String)"
                + "</method></velocity-allowlist></atlassian-plugin>").velocityAllowlist())
                .containsExactly("com.example.View#getTitle()", "com.example.View#label(java.lang.String)");

        List<String> problems = new ArrayList<>();
        for (String entry : descriptor.velocityAllowlist()) {
            problems.addAll(allowlistEntryProblems(entry));
        }
        assertThat(problems).as("<velocity-allowlist> entries in %s", Descriptor.BUILT).isEmpty();
    }

    /** An entry must read {@code pkg.Class#method(pkg.Type,...)} and name a public method of the build. */
    private static List<String> allowlistEntryProblems(String entry) {
        Matcher matcher = ALLOWLIST_ENTRY.matcher(entry);
        if (!matcher.matches()) {
            return List.of(entry + " is not of the form fully.qualified.Class#method(fully.qualified.Type,...)");
        }
        Class<?> type = DescriptorTest.load(matcher.group(1));
        List<String> parameters = matcher.group(3).isBlank() ? List.of()
                : List.of(matcher.group(3).replace(" ", "").split(","));
        boolean exists = Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getName().equals(matcher.group(2)) && Arrays.stream(m.getParameterTypes())
                        .map(Class::getName).toList().equals(parameters));
        return exists ? List.of() : List.of(entry + ": " + type.getName() + " has no such public method");
    }

    private static String render(VelocityTemplateRenderer renderer, String template, Map<String, Object> model)
            throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(template, model, out);
        return out.toString();
    }
}
