package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the merged OpenAPI document, called with input a careless or hostile client sends: ids that are
 * not ids, query parameters of the wrong type or out of range, bodies that are not JSON, JSON of the wrong shape, and
 * each documented body field in turn given a value of the wrong JSON type. Whatever the operation, the answer is never
 * a 5xx, and every refusal is an {@code application/problem+json} with a request id, no stack trace, and as its
 * {@code instance} the public path the client called. A body that does not fit the schema is always refused (4xx),
 * never half-accepted.
 *
 * <p>Each path is also called with a method the document does not list for it: a 405 problem whose {@code Allow}
 * header names the documented methods.
 *
 * <p>Calls with real ids never delete anything and only send bodies every service must refuse, so the demo data the
 * other journeys read stays as it was.
 */
@ExtendWith(WholeSystem.class)
class BadInputIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> GARBAGE_IDS = List.of("not-an-id", "-1", "%20", "%00", "%C3%A9t%C3%A9",
            "x".repeat(300), "00000000-0000-0000-0000-000000000000");
    private static final List<String> GARBAGE_QUERY_VALUES = List.of("abc", "-1", "0", "99999999999999999999", "",
            "1e400", "%00", "null", "[]", "2026-13-45", "x".repeat(1000));
    private static final List<String> NOT_AN_OBJECT = List.of("{", "{\"a\":", "[]", "null", "\"text\"", "42", "",
            "{\"a\":".repeat(200));
    private static final int MAX_RATE_LIMIT_WAITS = 60;
    private static final List<String> WRONG_METHODS = List.of("PATCH", "PUT", "DELETE", "POST");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD",
            "PATCH", "TRACE");

    @Test
    void noInputMakesAnyOperationFailOrAnswerWithoutAProblem(RunningSystem system) {
        JsonNode document = system.api().get("/openapi").json(200);
        Map<String, String> ids = Map.of(
                "profiles", system.demoId("eu-rtd-counsellor"),
                "projects", system.demoId("ch-gotthard-mrna-cancer-vaccine"),
                "events", system.demoId("beijing-2027-matchmaking"));
        Calls calls = new Calls(system.api());

        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey().substring("/api/v1".length());
            Set<String> documented = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> documented.add(name.toUpperCase(Locale.ROOT)));
            documented.retainAll(HTTP_METHODS); // a path item may also hold "parameters", "summary"…
            // A method the document does not list for this path, on an id that does not exist: no data is touched
            // even if the method were served after all.
            WRONG_METHODS.stream().filter(m -> !documented.contains(m)).findFirst().ifPresent(wrong ->
                    calls.expectMethodRefused(wrong, fill(template, ids, "no-such-id"), documented));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                probe(calls, document, template, method, op.getValue(), ids);
            }
        }

        assertTrue(calls.count > 500, "the sweep made only " + calls.count + " calls; is the document complete?");
        assertTrue(calls.methodsRefused > 20, "only " + calls.methodsRefused + " calls got a 405");
        assertTrue(calls.failures.isEmpty(), calls.failures.size() + " of " + calls.count + " calls answered badly:\n"
                + String.join("\n", calls.failures));
    }

    @Test
    void headersTheGatewayAcceptsAlsoFitIntoTheServiceItForwardsThemTo(RunningSystem system) {
        String profile = "/profiles/" + system.demoId("eu-rtd-counsellor");
        // Quarkus reads 20 KiB of headers; the gateway adds its internal token and forwarding headers on top.
        Gateway.Reply reply = system.api().get(profile, Map.of("X-Portal-Context", "a".repeat(19_500)));
        assertEquals(200, reply.status(), reply.toString());
    }

    private static void probe(Calls calls, JsonNode document, String template, String method, JsonNode operation,
                              Map<String, String> ids) {
        boolean hasPathParameters = template.contains("{");
        JsonNode body = operation.path("requestBody").path("content");
        String mediaType = body.fieldNames().hasNext() ? body.fieldNames().next() : null;
        String anyBody = mediaType == null ? null : "{}";

        if (hasPathParameters) {
            for (String garbage : GARBAGE_IDS) {
                calls.expectNoFailure(method, fill(template, ids, garbage), mediaType, anyBody);
            }
        }
        if (method.equals("DELETE") || streams(operation)) {
            return; // with real ids these would erase demo data or hold the connection open
        }
        String real = fill(template, ids, null);
        if (method.equals("GET")) {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    for (String value : GARBAGE_QUERY_VALUES) {
                        calls.expectNoFailure(method, real + "?" + parameter.path("name").asText() + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null);
                    }
                }
            }
        }
        if (mediaType == null || !mediaType.contains("json")) {
            return;
        }
        JsonNode schema = resolve(document, body.path(mediaType).path("schema"));
        boolean required = operation.path("requestBody").path("required").asBoolean(false);
        for (String notAnObject : NOT_AN_OBJECT) {
            boolean mayBeValid = notAnObject.equals("[]") && schema.path("type").asText().equals("array")
                    || !required && (notAnObject.isEmpty() || notAnObject.equals("null"));
            if (!mayBeValid) {
                calls.expectRefusal(method, real, mediaType, notAnObject);
            }
        }
        calls.expectRefusal(method, real, "text/plain", "{}");
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (String wrong : wrongTypes(resolve(document, field.getValue()))) {
                String json = "{\"" + field.getKey() + "\":" + wrong + "}";
                calls.expectRefusal(method, real, mediaType, json);
            }
        }
    }

    /**
     * JSON values no deserialiser may accept for a field of this schema (no coercion turns them into one), and for
     * text, a NUL character, and for dates, years no store holds.
     */
    private static List<String> wrongTypes(JsonNode schema) {
        String type = schema.path("type").asText("");
        return switch (type) {
            case "string" -> schema.path("format").asText("").startsWith("date")
                    ? List.of("{\"nested\":1}", "\"+999999999-12-31T23:59:59Z\"", "\"0000-01-01T00:00:00Z\"")
                    : List.of("{\"nested\":1}", "[{\"nested\":1}]", "\"nul \\u0000 inside\"");
            case "integer", "number" -> List.of("\"abc\"", "{\"nested\":1}", "[[1]]");
            case "boolean" -> List.of("\"abc\"", "{\"nested\":1}");
            case "array" -> List.of("\"abc\"", "{\"nested\":1}", "7");
            case "object" -> List.of("\"abc\"", "[1,2]", "7");
            default -> List.of();
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
            String ref = schema.path("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(document, schema.path("allOf").get(0));
        }
        return schema;
    }

    private static boolean streams(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    /** The path with every parameter replaced: by {@code garbage}, or by a real id for the collection it follows. */
    private static String fill(String template, Map<String, String> ids, String garbage) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String before = template.substring(0, matcher.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String value = garbage != null ? garbage : ids.getOrDefault(collection, UUID.randomUUID().toString());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** The calls made, and what was wrong with their answers. */
    private static final class Calls {

        private final Gateway api;
        private final List<String> failures = new ArrayList<>();
        private int count;
        private int methodsRefused;

        Calls(Gateway api) {
            this.api = api;
        }

        /** The input is wrong: the answer must be a 4xx problem. */
        void expectRefusal(String method, String path, String contentType, String body) {
            Gateway.Reply reply = call(method, path, contentType, body);
            if (reply.status() < 400 || reply.status() >= 500) {
                failures.add(describe(reply, body, "expected a 4xx refusal"));
            } else {
                checkProblem(reply, body);
            }
        }

        /** The input may be ignored or refused, but never fail the server. */
        void expectNoFailure(String method, String path, String contentType, String body) {
            Gateway.Reply reply = call(method, path, contentType, body);
            if (reply.status() >= 500) {
                failures.add(describe(reply, body, "a server failure"));
            } else if (reply.status() >= 400) {
                checkProblem(reply, body);
            }
        }

        /**
         * A method the path does not have: a 405 problem whose {@code Allow} header (RFC 9110 requires one) lists
         * the documented methods and not this one; or a 404 from a handler that only knows its own method.
         */
        void expectMethodRefused(String method, String path, Set<String> documented) {
            Gateway.Reply reply = call(method, path, null, null);
            if (reply.status() == 405) {
                methodsRefused++;
                checkProblem(reply, null);
                Set<String> allowed = new TreeSet<>();
                reply.header("Allow").ifPresent(allow -> Arrays.stream(allow.split(","))
                        .map(String::trim).filter(m -> !m.isEmpty()).forEach(allowed::add));
                if (!allowed.containsAll(documented) || allowed.contains(method)) {
                    failures.add(describe(reply, null, "Allow " + allowed + " where the document lists "
                            + documented));
                }
            } else if (reply.status() != 404) {
                failures.add(describe(reply, null, "expected 405 for a method the document does not list"));
            } else {
                checkProblem(reply, null);
            }
        }

        private void checkProblem(Gateway.Reply reply, String body) {
            String text = reply.body() == null ? "" : reply.body();
            if (!reply.contentType().startsWith("application/problem+json")) {
                failures.add(describe(reply, body, "not a problem (" + reply.contentType() + ")"));
            } else if (text.contains("Exception") || text.contains("\tat ")) {
                failures.add(describe(reply, body, "internals in the problem"));
            } else {
                JsonNode problem = reply.json();
                if (problem.path("status").asInt() != reply.status() || problem.path("requestId").asText().isEmpty()) {
                    failures.add(describe(reply, body, "a problem without its status or request id"));
                } else if (problem.has("instance") && !problem.path("instance").asText().startsWith("/api/v1/")) {
                    failures.add(describe(reply, body, "a problem naming a path the client did not call"));
                }
            }
        }

        private Gateway.Reply call(String method, String path, String contentType, String body) {
            for (int waits = 0; ; waits++) {
                count++;
                Gateway.Reply reply = api.call(method, path, contentType, body);
                if (reply.status() != 429 || waits == MAX_RATE_LIMIT_WAITS) {
                    return reply;
                }
                long seconds = reply.header("Retry-After").map(Long::parseLong).orElse(1L);
                try {
                    Thread.sleep(Math.max(1, seconds) * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        private static String describe(Gateway.Reply reply, String body, String what) {
            String sent = body == null ? "" : " with " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            return what + ": " + reply + sent;
        }
    }
}
