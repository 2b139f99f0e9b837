package eu.goodpractice.transfer.workbench;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every REST method of the app, found as the REST module finds it: the packages the descriptor's {@code <rest>}
 * modules name, their classes with {@code @Path}, and those classes' methods with a verb annotation. The tests that
 * must cover every endpoint (CSRF, the authorisation matrix) start from this list, so a new endpoint is in them the
 * moment it exists.
 */
final class RestEndpoints {
    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{(\\w+)\\s*:[^}]*}");

    /**
     * One resource method: its verb, the module's base ({@code /rest/practice-transfer/1.0}), its path template with
     * parameter regexes dropped ({@code /plans/{planId}/steps}) and the Java method that serves it.
     */
    record Declared(String verb, String base, String template, Method method) {
        /** {@code GET /plans/{planId}}: how the authorisation matrix names a row. */
        String key() {
            return verb + " " + template;
        }

        String javaMethod() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }

        boolean writes() {
            return !verb.equals("GET");
        }
    }

    private RestEndpoints() {
    }

    static List<Declared> of(PluginDescriptor descriptor) {
        ClassLoader loader = RestEndpoints.class.getClassLoader();
        List<Declared> endpoints = new ArrayList<>();
        for (PluginDescriptor.RestModule module : descriptor.restModules()) {
            String base = "/rest/" + module.path().replaceAll("^/+", "") + "/" + module.version();
            for (String packageName : module.packages()) {
                for (Class<?> type : ClassScanner.classesIn(packageName, loader)) {
                    if (!type.isAnnotationPresent(Path.class)) {
                        continue;
                    }
                    for (Method method : type.getMethods()) {
                        String verb = verb(method);
                        if (verb != null) {
                            endpoints.add(new Declared(verb, base, path(type, method), method));
                        }
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Declared::template).thenComparing(Declared::verb));
        return endpoints;
    }

    private static String verb(Method method) {
        for (var verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /** The raw template, regexes kept ({@code /plans/{planId: \d+}}). */
    static String rawPath(Class<?> type, Method method) {
        String path = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        if (method.isAnnotationPresent(Path.class)) {
            path = path + "/" + method.getAnnotation(Path.class).value();
        }
        return ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
    }

    private static String path(Class<?> type, Method method) {
        return PARAMETER_REGEX.matcher(rawPath(type, method)).replaceAll("{$1}");
    }
}
