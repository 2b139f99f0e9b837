package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.workbench.PluginDescriptor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * docs/openapi.yaml against the code: every REST method of the resources the descriptor's REST modules scan is
 * documented at its path, with its path and query parameters, its JSON body and the 401 of licensed-only methods,
 * and nothing is documented that the code does not answer; every example fits the schema it illustrates; the document
 * has the structure OpenAPI 3.1 requires and every reference resolves.
 */
class OpenApiContractTest {
    private static OpenApiDocument document;
    private static Map<String, Method> methodsByOperation;

    @BeforeAll
    static void read() {
        document = OpenApiDocument.read();
        methodsByOperation = resourceMethods();
    }

    @Test
    void everyResourceMethodIsDocumentedAndEveryDocumentedOperationExists() {
        Set<String> documented = document.operations().stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(methodsByOperation).as("REST methods of the app").hasSizeGreaterThan(50);
        assertThat(documented).as("operations in docs/openapi.yaml that no resource method answers")
                .isSubsetOf(methodsByOperation.keySet());
        assertThat(methodsByOperation.keySet()).as("resource methods missing from docs/openapi.yaml")
                .isSubsetOf(documented);
    }

    @Test
    void everyOperationDocumentsThePathAndQueryParametersItsMethodReads() {
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            Method method = methodsByOperation.get(operation.toString());
            if (method == null) {
                continue; // reported by the test above
            }
            Set<String> inCode = new TreeSet<>();
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(PathParam.class)) {
                    inCode.add("path:" + parameter.getAnnotation(PathParam.class).value());
                } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                    inCode.add("query:" + parameter.getAnnotation(QueryParam.class).value());
                }
            }
            // a template variable the method does not read (a regex-checked {planId} of the class path) is still a path parameter
            templateVariables(operation.path()).forEach(name -> inCode.add("path:" + name));
            Set<String> inDocument = new TreeSet<>(document.parameters(operation).keySet());
            if (!inCode.equals(inDocument)) {
                problems.add(operation + ": code reads " + inCode + ", document says " + inDocument);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void jsonBodiesLicensedOnlyMethodsAndHtmlViewsAreDocumentedAsTheCodeAnswers() {
        List<String> problems = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            Method method = methodsByOperation.get(operation.toString());
            if (method == null) {
                continue;
            }
            boolean takesBody = Arrays.stream(method.getParameters()).anyMatch(p -> p.getAnnotations().length == 0);
            JsonNode body = document.resolve(operation.node().path("requestBody"));
            if (takesBody != body.has("content")) {
                problems.add(operation + ": the method " + (takesBody ? "reads" : "takes no") + " body");
            }
            if (takesBody && !body.path("content").has(MediaType.APPLICATION_JSON)) {
                problems.add(operation + ": the body is JSON");
            }
            boolean consumesJson = method.isAnnotationPresent(Consumes.class)
                    && List.of(method.getAnnotation(Consumes.class).value()).contains(MediaType.APPLICATION_JSON);
            if (consumesJson && document.response(operation, 415).isEmpty()) {
                problems.add(operation + ": a write that takes only JSON answers 415 to other bodies");
            }
            if (method.isAnnotationPresent(LicensedOnly.class) && document.response(operation, 401).isEmpty()) {
                problems.add(operation + ": licensed users only, so anonymous users get 401");
            }
            List<String> produces = produces(method);
            for (String type : produces) {
                boolean documented = document.response(operation, 200).or(() -> document.response(operation, 201))
                        .or(() -> document.response(operation, 204))
                        .map(r -> r.path("content").has(type) || !r.has("content")).orElse(false);
                if (!documented) {
                    problems.add(operation + ": answers " + type);
                }
            }
            if (!operation.node().has("responses") || !operation.node().path("responses").propertyNames().stream()
                    .anyMatch(status -> status.startsWith("2"))) {
                problems.add(operation + ": no success response");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExampleFitsTheSchemaItIllustrates() {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        walk(document.root().path("paths"), "#/paths", (where, mediaType) -> {
            JsonNode schema = mediaType.get("schema");
            if (schema == null) {
                return;
            }
            for (Map.Entry<String, JsonNode> example : examples(mediaType).entrySet()) {
                checked[0]++;
                document.problems(schema, example.getValue())
                        .forEach(p -> problems.add(where + " example " + example.getKey() + " " + p));
            }
        });
        walk(document.root().path("components").path("responses"), "#/components/responses", (where, mediaType) -> {
            for (Map.Entry<String, JsonNode> example : examples(mediaType).entrySet()) {
                checked[0]++;
                document.problems(mediaType.get("schema"), example.getValue())
                        .forEach(p -> problems.add(where + " example " + example.getKey() + " " + p));
            }
        });
        parameterAndHeaderExamples(document.root(), "#", (where, example, schema) -> {
            checked[0]++;
            document.problems(schema, example).forEach(p -> problems.add(where + " example " + p));
        });
        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("examples checked").isGreaterThan(50);
        assertThat(everyComponentExampleIsUsed()).as("component examples no body refers to").isEmpty();
    }

    @Test
    void theSchemasReallyCheckSoAnExampleCouldFail() {
        JsonNode plan = document.root().at("/components/schemas/Plan");
        JsonNode example = document.root().at("/components/examples/plan/value");
        assertThat(document.problems(plan, example)).isEmpty();
        assertThat(document.problems(plan, "{\"id\": 1}")).as("required fields").isNotEmpty();
        assertThat(document.problems(plan, example.toString().replace("\"spaceKey\"", "\"space\"")))
                .as("an unknown field in an answer").isNotEmpty();
        assertThat(document.problems(document.root().at("/components/schemas/StepCreate"), "{\"title\": \""
                + "x".repeat(256) + "\"}")).as("a length the code refuses").isNotEmpty();
        assertThat(document.problems(document.root().at("/components/schemas/Step"),
                example.toString())).as("a plan is not a step").isNotEmpty();
    }

    @Test
    void theDocumentHasTheStructureOfOpenApi31AndEveryReferenceResolves() {
        JsonNode root = document.root();
        assertThat(root.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(root.path("info").path("title").asString()).isNotBlank();
        assertThat(root.path("info").path("version").isString()).isTrue();
        assertThat(root.path("servers").get(0).path("url").asString()).isEqualTo("/rest/practice-transfer/1.0");
        Set<String> allowedTop = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks",
                "components", "security", "tags", "externalDocs");
        assertThat(root.propertyNames()).isSubsetOf(allowedTop);
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            if (!operationIds.add(operation.node().path("operationId").asString(""))) {
                problems.add(operation + ": operationId missing or not unique");
            }
            if (operation.node().path("summary").asString("").isBlank()) {
                problems.add(operation + ": no summary");
            }
            operation.node().path("responses").properties().forEach(response -> {
                if (!response.getKey().matches("[1-5]\\d\\d|default")) {
                    problems.add(operation + ": response key " + response.getKey());
                }
                if (!document.resolve(response.getValue()).has("description")) {
                    problems.add(operation + " " + response.getKey() + ": a response needs a description");
                }
            });
            for (JsonNode parameter : document.parameters(operation).values()) {
                String in = parameter.path("in").asString();
                if (!Set.of("path", "query", "header", "cookie").contains(in) || !parameter.has("schema")) {
                    problems.add(operation + ": parameter " + parameter.path("name").asString() + " needs in and schema");
                }
                if (in.equals("path") && !parameter.path("required").asBoolean(false)) {
                    problems.add(operation + ": path parameter " + parameter.path("name").asString() + " must be required");
                }
            }
        }
        Set<String> tags = new HashSet<>();
        root.path("tags").forEach(tag -> tags.add(tag.path("name").asString()));
        for (OpenApiDocument.Operation operation : document.operations()) {
            operation.node().path("tags").forEach(tag -> {
                if (!tags.contains(tag.asString())) {
                    problems.add(operation + ": tag " + tag.asString() + " is not declared");
                }
            });
            JsonNode body = document.resolve(operation.node().path("requestBody"));
            if (!body.isMissingNode() && !body.path("content").isObject()) {
                problems.add(operation + ": a request body needs content");
            }
        }
        root.path("paths").propertyNames().stream().filter(path -> !path.startsWith("/"))
                .forEach(path -> problems.add("path " + path + " must start with /"));
        root.path("components").properties().forEach(kind -> kind.getValue().propertyNames().stream()
                .filter(name -> !name.matches("[a-zA-Z0-9._-]+"))
                .forEach(name -> problems.add("component name " + kind.getKey() + "/" + name)));
        references(root, problems);
        assertThat(problems).isEmpty();
    }

    // ---- reading the code ----

    /** "GET /plans/{planId}" -> the method, for every resource class in the descriptor's REST packages. */
    private static Map<String, Method> resourceMethods() {
        Map<String, Method> methods = new TreeMap<>();
        ClassLoader loader = OpenApiContractTest.class.getClassLoader();
        for (PluginDescriptor.RestModule module : PluginDescriptor.fromClassPath(loader).restModules()) {
            for (String packageName : module.packages()) {
                for (Class<?> type : classesIn(packageName, loader)) {
                    if (!type.isAnnotationPresent(Path.class)) {
                        continue;
                    }
                    for (Method method : type.getMethods()) {
                        String verb = verb(method);
                        if (verb != null) {
                            Method before = methods.put(verb + " " + path(type, method), method);
                            assertThat(before).as("two methods answer " + verb + " " + path(type, method)).isNull();
                        }
                    }
                }
            }
        }
        return methods;
    }

    private static List<Class<?>> classesIn(String packageName, ClassLoader loader) {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "classes").resolve(packageName.replace('.', '/'));
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            return files.map(dir::relativize).map(java.nio.file.Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> packageName + "." + f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(name -> load(name, loader)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
    }

    /** The path as OpenAPI writes it: "{planId: \\d+}" becomes "{planId}". */
    static String path(Class<?> type, Method method) {
        String path = type.getAnnotation(Path.class).value();
        if (method.isAnnotationPresent(Path.class)) {
            path = path + "/" + method.getAnnotation(Path.class).value();
        }
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inName = false;
        for (char c : ("/" + path).toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    inName = true;
                    plain.append(c);
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inName = false;
                    plain.append(c);
                }
            } else if (depth == 0) {
                plain.append(c);
            } else if (inName && c != ':' && !Character.isWhitespace(c)) {
                plain.append(c);
            } else {
                inName = false;
            }
        }
        return plain.toString().replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static List<String> templateVariables(String path) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> produces(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? List.of() : List.of(produces.value());
    }

    // ---- reading the document ----

    private interface MediaTypeVisitor {
        void visit(String where, JsonNode mediaType);
    }

    /** Every media type object under {@code node}: request bodies' and responses' content. */
    private static void walk(JsonNode node, String where, MediaTypeVisitor visitor) {
        if (node.isObject()) {
            if (node.has("content") && node.get("content").isObject()) {
                node.get("content").properties().forEach(type -> visitor.visit(where + " " + type.getKey(), type.getValue()));
            }
            node.properties().forEach(child -> {
                if (!child.getKey().equals("content") && !child.getKey().equals("examples")) {
                    walk(child.getValue(), where + "/" + child.getKey(), visitor);
                }
            });
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode child : node) {
                walk(child, where + "/" + i++, visitor);
            }
        }
    }

    private interface ExampleVisitor {
        void visit(String where, JsonNode example, JsonNode schema);
    }

    /** The example of every parameter and header: objects with a schema and an example beside it, outside bodies. */
    private static void parameterAndHeaderExamples(JsonNode node, String where, ExampleVisitor visitor) {
        if (node.isObject()) {
            if (node.has("schema") && node.has("example") && (node.has("in") || where.contains("/headers/"))) {
                visitor.visit(where, node.get("example"), node.get("schema"));
            }
            node.properties().forEach(child -> {
                if (!child.getKey().equals("examples") && !child.getKey().equals("example")) {
                    parameterAndHeaderExamples(child.getValue(), where + "/" + child.getKey(), visitor);
                }
            });
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode child : node) {
                parameterAndHeaderExamples(child, where + "/" + i++, visitor);
            }
        }
    }

    private static Map<String, JsonNode> examples(JsonNode mediaType) {
        Map<String, JsonNode> examples = new TreeMap<>();
        if (mediaType.has("example")) {
            examples.put("example", mediaType.get("example"));
        }
        mediaType.path("examples").properties().forEach(example -> {
            JsonNode resolved = document.resolve(example.getValue());
            assertThat(resolved.has("value")).as("example " + example.getKey() + " has a value").isTrue();
            examples.put(example.getKey(), resolved.get("value"));
        });
        return examples;
    }

    private static Set<String> everyComponentExampleIsUsed() {
        String text = document.root().path("paths").toString();
        return document.root().path("components").path("examples").propertyNames().stream()
                .filter(name -> !text.contains("\"#/components/examples/" + name + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void references(JsonNode node, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String target = ref.asString();
                if (!target.startsWith("#/") || document.root().at(target.substring(1)).isMissingNode()) {
                    problems.add("unresolvable $ref " + target);
                }
            }
            node.values().forEach(child -> references(child, problems));
        } else if (node.isArray()) {
            node.values().forEach(child -> references(child, problems));
        }
    }
}
