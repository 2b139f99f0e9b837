package eu.goodpractice.transfer.workbench;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
 * Every REST method of the app that changes state, found by scanning the resources the descriptor's REST modules
 * load for {@code @POST}, {@code @PUT} and {@code @DELETE}, with its path filled from sample data. A new endpoint is
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
        workbench.app().restResources().forEach((module, resources) -> {
            String base = "/rest/" + module.path() + "/" + module.version();
            for (Object resource : resources) {
                Class<?> type = resource instanceof Class<?> c ? c : resource.getClass();
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        endpoints.add(new Endpoint(verb, base + fill(path(type, method)) + query(method),
                                type.getSimpleName() + "." + method.getName()));
                    }
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    private static String path(Class<?> type, Method method) {
        String path = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        if (method.isAnnotationPresent(Path.class)) {
            path = path + "/" + method.getAnnotation(Path.class).value();
        }
        return ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
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
