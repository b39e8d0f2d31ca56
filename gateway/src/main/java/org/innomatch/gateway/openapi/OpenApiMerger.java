package org.innomatch.gateway.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.innomatch.gateway.routing.Route;
import org.innomatch.gateway.routing.RouteTable;
import org.innomatch.problems.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds one OpenAPI document of the public API from the services' documents and the gateway's own.
 * <ul>
 * <li>A service path is kept only if its public form ({@code /api/v1} + path) is routed to that same service;
 * the gateway's own paths are kept if they are under {@code /api/v1} and no service owns them.</li>
 * <li>Components with the same name and, after renaming, the same definition are kept once; differing ones are
 * renamed {@code <Source>_<Name>} (e.g. {@code ProjectService_Problem}) in every source that defines them, and
 * the {@code $ref}s of those sources follow. Components nothing reachable from a kept path refers to are dropped.</li>
 * <li>The gateway's security schemes replace the services' own; an operation keeps its {@code security} only when
 * it is the explicit "no authentication" {@code []}.</li>
 * <li>Every operation also lists the answers the gateway itself gives (unless its source already documents that
 * status): 401 and 429 where authentication applies, 502, 503 and 504 on the services' operations, all
 * {@code application/problem+json} of the {@code GatewayProblem} schema.</li>
 * </ul>
 * Pure: the same input always gives the same document.
 */
public final class OpenApiMerger {

    public static final String WARNINGS_EXTENSION = "x-innomatch-warnings";
    public static final String API_KEY_SCHEME = "apiKey";
    public static final String BEARER_SCHEME = "bearerAuth";
    public static final String PROBLEM_SCHEMA = "GatewayProblem";

    private static final List<String> COMPONENT_TYPES = List.of(
            "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final String MERGE_PATCH_TYPE = "application/merge-patch+json";
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String COMPONENT_REF_PREFIX = "#/components/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final RouteTable routes;

    public OpenApiMerger(RouteTable routes) {
        this.routes = routes;
    }

    /** A component's kind and name, e.g. {@code schemas/Problem}. */
    private record ComponentKey(String type, String name) {

        String ref() {
            return COMPONENT_REF_PREFIX + type + "/" + name;
        }
    }

    public ObjectNode merge(List<SourceDocument> sources, List<MissingSource> missing, ApiInfo info) {
        Map<String, Map<ComponentKey, String>> componentNames = planComponentNames(sources);

        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", openApiVersion(sources));
        ObjectNode infoNode = merged.putObject("info");
        infoNode.put("title", info.title());
        infoNode.put("version", info.version());
        infoNode.put("description", info.description());
        infoNode.putObject("contact").put("name", "Innomatch maintainers (see CONTRIBUTING.md)");
        infoNode.putObject("license").put("name", "Apache License 2.0").put("identifier", "Apache-2.0");
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray(API_KEY_SCHEME);
        security.addObject().putArray(BEARER_SCHEME);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        Map<String, ObjectNode> tagsByName = new LinkedHashMap<>();
        Set<String> usedTags = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        for (SourceDocument source : sources) {
            Map<ComponentKey, String> names = componentNames.getOrDefault(source.source(), Map.of());
            Map<String, String> refs = refRewrites(names);
            ObjectNode document = source.document().deepCopy();
            rewriteRefs(document, refs);
            copyPaths(source.source(), document, paths, usedTags, operationIds);
            copyComponents(document, names, components);
            for (JsonNode tag : document.path("tags")) {
                String name = tag.path("name").asText(null);
                if (name != null && tag instanceof ObjectNode tagObject) {
                    tagsByName.putIfAbsent(name, tagObject);
                }
            }
        }
        tagsByName.forEach((name, tag) -> {
            if (usedTags.contains(name)) {
                tags.add(tag);
            }
        });

        useMergePatchSchemas(paths, schemasOf(components));
        schemasOf(components).set(PROBLEM_SCHEMA, gatewayProblemSchema());
        looseDanglingSchemaRefs(merged, schemasOf(components));
        pruneUnreferencedComponents(paths, components);
        // Kept even when no path refers to it (a document of no service yet), like the security schemes.
        schemasOf(components).set(PROBLEM_SCHEMA, gatewayProblemSchema());
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject(API_KEY_SCHEME).put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                .put("description", "A partner portal's API key");
        schemes.putObject(BEARER_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A participant's or an admin's token");

        if (!missing.isEmpty()) {
            ArrayNode warnings = merged.putArray(WARNINGS_EXTENSION);
            for (MissingSource gap : missing) {
                warnings.add(gap.source() + " is unavailable; its paths are missing from this document (" + gap.reason() + ")");
            }
        }
        return merged;
    }

    /** The public path a source's path is served at, if the public API exposes it from that source. */
    Optional<String> publicPath(String source, String path) {
        if (SourceDocument.GATEWAY.equals(source)) {
            boolean underPublicApi = path.startsWith(RouteTable.PUBLIC_PREFIX + "/");
            return underPublicApi && routes.routeFor(path).isEmpty() ? Optional.of(path) : Optional.empty();
        }
        String candidate = RouteTable.publicPath(path);
        return routes.routeFor(candidate).map(Route::service).filter(source::equals).map(owner -> candidate);
    }

    private void copyPaths(String source, ObjectNode document, ObjectNode paths, Set<String> usedTags,
            Set<String> operationIds) {
        Iterator<Map.Entry<String, JsonNode>> entries = document.path("paths").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Optional<String> publicPath = publicPath(source, entry.getKey());
            if (publicPath.isEmpty() || !(entry.getValue() instanceof ObjectNode item) || paths.has(publicPath.get())) {
                continue;
            }
            item.remove("servers");
            for (String method : OPERATIONS) {
                if (item.get(method) instanceof ObjectNode operation) {
                    cleanOperation(source, operation, operationIds);
                    addGatewayResponses(source, operation);
                    operation.path("tags").forEach(tag -> usedTags.add(tag.asText()));
                }
            }
            paths.set(publicPath.get(), item);
        }
    }

    private static void cleanOperation(String source, ObjectNode operation, Set<String> operationIds) {
        operation.remove("servers");
        JsonNode security = operation.get("security");
        if (security != null && !(security.isArray() && security.isEmpty())) {
            operation.remove("security");
        }
        JsonNode operationId = operation.get("operationId");
        if (operationId != null && operationId.isTextual()) {
            String id = operationId.asText();
            String unique = id;
            if (operationIds.contains(unique)) {
                String prefixed = lowerCamel(source) + capitalise(id);
                unique = prefixed;
                for (int n = 2; operationIds.contains(unique); n++) {
                    unique = prefixed + n;
                }
            }
            operationIds.add(unique);
            operation.put("operationId", unique);
        }
        if (operation.get("parameters") instanceof ArrayNode parameters) {
            parameters.forEach(p -> {
                if (p instanceof ObjectNode parameter) {
                    cleanParameter(parameter);
                }
            });
        }
    }

    /**
     * The console's "Try it out" fills every parameter with its example: an optional filter, cursor or
     * {@code If-None-Match} pre-filled that way narrows or breaks the call, so optional parameters keep their example
     * in the description only. An array parameter's example must be an array, or the console cannot send the call.
     */
    private static void cleanParameter(ObjectNode parameter) {
        boolean optional = !parameter.path("required").asBoolean(false) && !"path".equals(parameter.path("in").asText());
        JsonNode example = parameter.get("example");
        if (example == null && parameter.path("schema").get("example") != null) {
            example = parameter.path("schema").get("example");
        }
        if (optional) {
            parameter.remove("example");
            parameter.remove("examples");
            if (parameter.get("schema") instanceof ObjectNode schema) {
                schema.remove("example");
                schema.remove("examples");
            }
            if (example != null && !example.isNull()) {
                String description = parameter.path("description").asText("");
                String shown = example.isTextual() ? example.asText() : example.toString();
                parameter.put("description", (description.isBlank() ? "" : description + ". ") + "Example: " + shown);
            }
        } else if (example != null && !example.isArray() && "array".equals(parameter.path("schema").path("type").asText())) {
            parameter.putArray("example").add(example);
        }
    }

    /** The answers a call can get from the gateway before or instead of the service's own. */
    private static void addGatewayResponses(String source, ObjectNode operation) {
        ObjectNode responses = operation.get("responses") instanceof ObjectNode r ? r : operation.putObject("responses");
        boolean authenticated = !(operation.get("security") instanceof ArrayNode security && security.isEmpty());
        if (authenticated) {
            addProblem(responses, "401", "No valid credentials: the API key or bearer token is missing, unknown, revoked "
                    + "or expired", Map.of("WWW-Authenticate", "The scheme to authenticate with"));
            addProblem(responses, "429", "Too many requests from this caller (token bucket per API key or subject)",
                    Map.of("Retry-After", "Seconds until a request is allowed again",
                            "RateLimit-Limit", "The bucket's capacity",
                            "RateLimit-Remaining", "Requests left in the bucket",
                            "RateLimit-Reset", "Seconds until the bucket is full again"));
        }
        if (!SourceDocument.GATEWAY.equals(source)) {
            addProblem(responses, "502", "The owning service failed before answering", Map.of());
            addProblem(responses, "503", "The owning service is unavailable (not reachable, or failing so often that the "
                    + "gateway stopped calling it for a moment); the problem names it",
                    Map.of("Retry-After", "Seconds before the gateway calls the service again, when it stopped calling it"));
            addProblem(responses, "504", "The owning service did not answer within its timeout", Map.of());
        }
    }

    private static void addProblem(ObjectNode responses, String status, String description, Map<String, String> headers) {
        if (responses.has(status)) {
            return;
        }
        ObjectNode response = responses.putObject(status);
        response.put("description", description);
        if (!headers.isEmpty()) {
            ObjectNode headerNodes = response.putObject("headers");
            new TreeMap<>(headers).forEach((name, text) -> headerNodes.putObject(name).put("description", text)
                    .putObject("schema").put("type", name.equals("WWW-Authenticate") ? "string" : "integer"));
        }
        response.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema")
                .put("$ref", COMPONENT_REF_PREFIX + "schemas/" + PROBLEM_SCHEMA);
    }

    private static ObjectNode gatewayProblemSchema() {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        schema.put("description", "RFC 9457 problem details");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
        properties.putObject("requestId").put("type", "string");
        return schema;
    }

    private static void copyComponents(ObjectNode document, Map<ComponentKey, String> names, ObjectNode components) {
        JsonNode sourceComponents = document.path("components");
        for (String type : COMPONENT_TYPES) {
            Iterator<Map.Entry<String, JsonNode>> entries = sourceComponents.path(type).fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                ComponentKey key = new ComponentKey(type, entry.getKey());
                String name = names.getOrDefault(key, key.name());
                ObjectNode ofType = components.has(type) ? (ObjectNode) components.get(type) : components.putObject(type);
                if (!ofType.has(name)) {
                    ofType.set(name, entry.getValue());
                }
            }
        }
    }

    /**
     * Decides each source's final component names. A name defined by several sources keeps one shared definition
     * while those definitions agree once their own references are renamed; renaming one component can make two
     * referring definitions differ, so this repeats until nothing changes.
     */
    private static Map<String, Map<ComponentKey, String>> planComponentNames(List<SourceDocument> sources) {
        Map<ComponentKey, List<SourceDocument>> definedBy = new LinkedHashMap<>();
        for (SourceDocument source : sources) {
            JsonNode components = source.document().path("components");
            for (String type : COMPONENT_TYPES) {
                components.path(type).fieldNames().forEachRemaining(name ->
                        definedBy.computeIfAbsent(new ComponentKey(type, name), k -> new ArrayList<>()).add(source));
            }
        }
        Map<String, Map<ComponentKey, String>> names = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<ComponentKey, List<SourceDocument>> entry : definedBy.entrySet()) {
                ComponentKey key = entry.getKey();
                List<SourceDocument> owners = entry.getValue();
                if (owners.size() < 2 || names.getOrDefault(owners.get(0).source(), Map.of()).containsKey(key)) {
                    continue;
                }
                Set<JsonNode> definitions = new LinkedHashSet<>();
                for (SourceDocument owner : owners) {
                    JsonNode definition = owner.document().path("components").path(key.type()).path(key.name()).deepCopy();
                    definitions.add(rewriteRefs(definition, refRewrites(names.getOrDefault(owner.source(), Map.of()))));
                }
                if (definitions.size() > 1) {
                    for (SourceDocument owner : owners) {
                        names.computeIfAbsent(owner.source(), s -> new HashMap<>())
                                .put(key, uniqueName(pascal(owner.source()) + "_" + key.name(), key.type(), definedBy));
                    }
                    changed = true;
                }
            }
        }
        return names;
    }

    private static String uniqueName(String wanted, String type, Map<ComponentKey, List<SourceDocument>> existing) {
        String name = wanted;
        for (int n = 2; existing.containsKey(new ComponentKey(type, name)); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    private static Map<String, String> refRewrites(Map<ComponentKey, String> names) {
        Map<String, String> refs = new HashMap<>();
        names.forEach((key, name) -> refs.put(key.ref(), new ComponentKey(key.type(), name).ref()));
        return refs;
    }

    /** Rewrites {@code $ref}s and discriminator mappings in place; returns the node for chaining. */
    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> refs) {
        if (refs.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && refs.containsKey(ref.asText())) {
                object.put("$ref", refs.get(ref.asText()));
            }
            if (object.get("discriminator") instanceof ObjectNode discriminator
                    && discriminator.get("mapping") instanceof ObjectNode mapping) {
                mapping.fields().forEachRemaining(m -> {
                    if (refs.containsKey(m.getValue().asText())) {
                        m.setValue(NODES.textNode(refs.get(m.getValue().asText())));
                    }
                });
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, refs));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, refs));
        }
        return node;
    }

    private static ObjectNode schemasOf(ObjectNode components) {
        return components.get("schemas") instanceof ObjectNode schemas ? schemas : components.putObject("schemas");
    }

    /**
     * The gateway's own schemas name the services' (its home view is made of their answers); while a service is
     * down its schemas are missing, and such a reference becomes a free-form object so the document stays valid.
     */
    private static void looseDanglingSchemaRefs(JsonNode node, ObjectNode schemas) {
        String schemaRefPrefix = COMPONENT_REF_PREFIX + "schemas/";
        if (node instanceof ObjectNode object) {
            String ref = object.path("$ref").asText("");
            if (ref.startsWith(schemaRefPrefix) && !schemas.has(ref.substring(schemaRefPrefix.length()))) {
                object.remove("$ref");
                object.put("type", "object");
            }
            object.elements().forEachRemaining(child -> looseDanglingSchemaRefs(child, schemas));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> looseDanglingSchemaRefs(child, schemas));
        }
    }

    /**
     * A merge patch (RFC 7396) holds only the fields to change, so a request body of that type cannot be the
     * resource's schema, whose required fields it may lack: it gets {@code <Name>MergePatch}, that schema without
     * {@code required}.
     */
    private static void useMergePatchSchemas(ObjectNode paths, ObjectNode schemas) {
        String schemaRefPrefix = COMPONENT_REF_PREFIX + "schemas/";
        for (JsonNode item : paths) {
            for (String method : OPERATIONS) {
                JsonNode schema = item.path(method).path("requestBody").path("content")
                        .path(MERGE_PATCH_TYPE).path("schema");
                String ref = schema.path("$ref").asText("");
                if (!(schema instanceof ObjectNode patchSchema) || !ref.startsWith(schemaRefPrefix)) {
                    continue;
                }
                String name = ref.substring(schemaRefPrefix.length());
                String patchName = name + "MergePatch";
                if (!schemas.has(patchName) && schemas.get(name) instanceof ObjectNode whole) {
                    ObjectNode patch = whole.deepCopy();
                    patch.remove("required");
                    patch.put("description", "A JSON merge patch (RFC 7396) of " + name
                            + ": only the fields to change; null removes an optional field");
                    schemas.set(patchName, patch);
                }
                if (schemas.has(patchName)) {
                    patchSchema.put("$ref", schemaRefPrefix + patchName);
                }
            }
        }
    }

    private static void pruneUnreferencedComponents(ObjectNode paths, ObjectNode components) {
        Set<String> reachable = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(paths);
        while (!pending.isEmpty()) {
            for (String ref : localRefs(pending.pop())) {
                if (reachable.add(ref)) {
                    String[] parts = ref.substring(COMPONENT_REF_PREFIX.length()).split("/", 2);
                    JsonNode target = parts.length == 2 ? components.path(parts[0]).path(parts[1]) : null;
                    if (target != null && !target.isMissingNode()) {
                        pending.push(target);
                    }
                }
            }
        }
        for (String type : COMPONENT_TYPES) {
            if (components.get(type) instanceof ObjectNode ofType) {
                List<String> unreferenced = new ArrayList<>();
                ofType.fieldNames().forEachRemaining(name -> {
                    if (!reachable.contains(new ComponentKey(type, name).ref())) {
                        unreferenced.add(name);
                    }
                });
                ofType.remove(unreferenced);
                if (ofType.isEmpty()) {
                    components.remove(type);
                }
            }
        }
    }

    private static List<String> localRefs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            JsonNode current = pending.pop();
            if (current instanceof ObjectNode object) {
                JsonNode ref = object.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith(COMPONENT_REF_PREFIX)) {
                    refs.add(ref.asText());
                }
                if (object.get("discriminator") instanceof ObjectNode discriminator) {
                    discriminator.path("mapping").elements().forEachRemaining(value -> {
                        if (value.asText().startsWith(COMPONENT_REF_PREFIX)) {
                            refs.add(value.asText());
                        }
                    });
                }
            }
            current.elements().forEachRemaining(pending::push);
        }
        return refs;
    }

    /** The highest OpenAPI version among the sources (all Innomatch services emit the same). */
    private static String openApiVersion(List<SourceDocument> sources) {
        String highest = null;
        for (SourceDocument source : sources) {
            String version = source.document().path("openapi").asText(null);
            if (version != null && (highest == null || compareVersions(version, highest) > 0)) {
                highest = version;
            }
        }
        return highest == null ? "3.1.0" : highest;
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? parseOrZero(x[i]) : 0;
            int right = i < y.length ? parseOrZero(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static int parseOrZero(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code profile-service} → {@code ProfileService}. */
    private static String pascal(String source) {
        StringBuilder name = new StringBuilder();
        for (String word : source.split("[^A-Za-z0-9]+")) {
            name.append(capitalise(word));
        }
        return name.toString();
    }

    private static String lowerCamel(String source) {
        String pascal = pascal(source);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
