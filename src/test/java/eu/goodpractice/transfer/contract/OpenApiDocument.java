package eu.goodpractice.transfer.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/openapi.yaml as the tests read it: its operations, the schema of a body, and a JSON Schema (draft 2020-12, the
 * dialect of OpenAPI 3.1) check of a value against it, {@code $ref}s resolved within the document.
 */
public final class OpenApiDocument {
    public static final Path FILE = Path.of("docs", "openapi.yaml");
    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JsonNode root;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<JsonNode, Schema> compiled = new IdentityHashMap<>();

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    public static OpenApiDocument read() {
        return new OpenApiDocument(new YAMLMapper().readTree(FILE.toFile()));
    }

    public JsonNode root() {
        return root;
    }

    /** One operation: its method in upper case, its path template as written, and its object. */
    public record Operation(String method, String path, JsonNode node, JsonNode pathItem) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode node = path.getValue().get(method);
                if (node != null) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), node, path.getValue()));
                }
            }
        }
        return operations;
    }

    public Optional<Operation> operation(String method, String path) {
        return operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    /** The parameters of an operation, its path item's included, with {@code $ref}s followed; by "in:name". */
    public Map<String, JsonNode> parameters(Operation operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(operation.pathItem().path("parameters"), operation.node().path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                parameters.put(resolved.path("in").asString() + ":" + resolved.path("name").asString(), resolved);
            }
        }
        return parameters;
    }

    /** The response of an operation for a status, {@code $ref} followed. */
    public Optional<JsonNode> response(Operation operation, int status) {
        JsonNode response = operation.node().path("responses").get(String.valueOf(status));
        return Optional.ofNullable(response).map(this::resolve);
    }

    /** The schema of a response's JSON body. */
    public Optional<JsonNode> responseSchema(Operation operation, int status) {
        return response(operation, status).map(r -> r.path("content").path("application/json").get("schema"));
    }

    /** Follows a local {@code $ref} (as often as it takes); any other node is returned as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref") && current.get("$ref").asString().startsWith("#/")) {
            String ref = current.get("$ref").asString();
            JsonNode target = root.at(JsonPointer.compile(ref.substring(1)));
            if (target.isMissingNode()) {
                throw new AssertionError("Unresolvable $ref " + ref);
            }
            current = target;
        }
        return current;
    }

    /** What is wrong with {@code value} by {@code schema} (a schema of this document); empty when it fits. */
    public List<String> problems(JsonNode schema, JsonNode value) {
        Schema checker = compiled.computeIfAbsent(schema, this::compile);
        List<String> problems = new ArrayList<>();
        for (Error error : checker.validate(value)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    public List<String> problems(JsonNode schema, String json) {
        return problems(schema, JSON.readTree(json));
    }

    /**
     * The schema inside a root that carries the document's components, so its {@code #/components/...} references
     * resolve as they do in the document.
     */
    private Schema compile(JsonNode schema) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", root.path("components"));
        wrapper.set("allOf", JSON.createArrayNode().add(schema));
        return registry.getSchema(wrapper);
    }
}
