package eu.goodpractice.transfer.workbench;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every REST method of the app that changes state ({@code @POST}, {@code @PUT}, {@code @DELETE} among
 * {@link RestEndpoints}), with its path filled from sample data. A new endpoint is
 * covered by the tests that use this list the moment it exists; a path or query parameter without a sample value
 * fails loudly, naming what to add to {@link #SAMPLE_VALUES}.
 */
final class WriteEndpoints {
    /** A value from the workbench's sample data for each path or query parameter a write endpoint takes. */
    static final Map<String, String> SAMPLE_VALUES = Map.of(
            "planId", "1",
            "stepId", "1",
            "pageId", "1101", // a registered practice with assessments (SampleData.PRACTICES)
            "country", "DE",
            "kind", "theme",
            "space", SampleData.SPACE,
            "spaceKey", SampleData.SPACE,
            // the first stakeholder, engagement and dissemination activity (SampleStakeholders, SampleDissemination)
            "id", "1",
            "version", "999999", // a stale version: an accepted request answers 409 and writes nothing
            "dryRun", "true"); // a space data import that only counts

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    record Endpoint(String method, String path, String javaMethod) {
        @Override
        public String toString() {
            return method + " " + path + " (" + javaMethod + ")";
        }
    }

    private WriteEndpoints() {
    }

    static List<Endpoint> of(WorkbenchServer workbench) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RestEndpoints.Declared declared : RestEndpoints.of(workbench.app().descriptor())) {
            if (declared.writes()) {
                endpoints.add(new Endpoint(declared.verb(), declared.base() + fill(declared.template())
                        + query(declared.method()), declared.javaMethod()));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String fill(String template) {
        Matcher matcher = TEMPLATE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(sample(matcher.group(1), template)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String query(Method method) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                pairs.add(query.value() + "=" + sample(query.value(), method.toString()));
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String sample(String name, String where) {
        String value = SAMPLE_VALUES.get(name);
        if (value == null) {
            throw new AssertionError("No sample value for the parameter '" + name + "' of " + where
                    + ": add one to WriteEndpoints.SAMPLE_VALUES so the CSRF tests cover this endpoint");
        }
        return value;
    }
}
