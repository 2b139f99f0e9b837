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

    /** Query parameters that page a list: the fuzz tests send them negative, huge and not numbers at all. */
    static final List<String> PAGING_PARAMETERS = List.of("start", "limit", "page", "size", "offset");

    private static final Pattern TEMPLATE = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    /**
     * One endpoint: {@code path} is {@code template} (path and query, parameters in braces) filled with the sample
     * values; {@link #fill(String, Map)} fills the template with other values. {@code takesBody}: the method reads a
     * request body (a parameter without a JAX-RS annotation).
     */
    record Endpoint(String method, String path, String javaMethod, String template, boolean takesBody) {
        /** The names of the path and query parameters, in the order they appear. */
        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = TEMPLATE.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + javaMethod + ")";
        }
    }

    private WriteEndpoints() {
    }

    static List<Endpoint> of(WorkbenchServer workbench) {
        return scan(workbench, false);
    }

    /**
     * Every {@code @GET} that takes a paging parameter, its path filled from sample data and its query holding only
     * the parameters with a sample value (the paging ones are left for the caller to add).
     */
    static List<Endpoint> pagedReads(WorkbenchServer workbench) {
        return scan(workbench, true);
    }

    private static List<Endpoint> scan(WorkbenchServer workbench, boolean pagedReads) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RestEndpoints.Declared declared : RestEndpoints.of(workbench.app().descriptor())) {
            Method method = declared.method();
            if (pagedReads ? isPagedRead(declared) : declared.writes()) {
                String template = declared.base() + declared.template()
                        + (pagedReads ? knownQuery(method) : query(method));
                endpoints.add(new Endpoint(declared.verb(), fill(template, Map.of()), declared.javaMethod(), template,
                        takesBody(method)));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().length == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPagedRead(RestEndpoints.Declared declared) {
        if (!declared.verb().equals("GET")) {
            return false;
        }
        for (Parameter parameter : declared.method().getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && PAGING_PARAMETERS.contains(query.value())) {
                return true;
            }
        }
        return false;
    }

    /** The template with each parameter's value from {@code values}, or its sample value when not there. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = TEMPLATE.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.containsKey(name) ? values.get(name) : sample(name, template);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static String query(Method method) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                sample(query.value(), method.toString());
                pairs.add(query.value() + "={" + query.value() + "}");
            }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The query parameters of a read that have a sample value: a filter without one is simply left out. */
    private static String knownQuery(Method method) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && SAMPLE_VALUES.containsKey(query.value())) {
                pairs.add(query.value() + "={" + query.value() + "}");
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
