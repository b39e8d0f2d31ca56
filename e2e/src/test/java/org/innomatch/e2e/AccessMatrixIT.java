package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innomatch.e2e.AccessPolicy.Caller;
import org.innomatch.e2e.AccessPolicy.Expect;
import org.innomatch.e2e.AccessPolicy.Ownership;
import org.innomatch.e2e.AccessPolicy.Rule;
import org.innomatch.localstack.DemoEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of issue 29: every operation of the merged OpenAPI document × every kind of caller × own, other's
 * and a HIDDEN profile's resource, each answer compared with {@link AccessPolicy}. The matrix works in a world of its
 * own (two partners with fresh API keys, profiles, projects, an event, meetings, webhooks), so the journeys sharing the
 * stack are not disturbed; deletions run last, and those that should succeed each delete a resource made for them.
 */
@ExtendWith(WholeSystem.class)
class AccessMatrixIT {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String JSON = "application/json";
    private static final String CLOSE_PROJECT = "POST /projects/{id}/close";

    @Test
    void everyOperationAnswersEveryCallerAsItsPolicySays(RunningSystem system) {
        long begin = System.nanoTime();
        World world = World.build(system);
        JsonNode document = system.api().get("/openapi").json(200);
        Matrix matrix = new Matrix(system, world);

        List<Operation> operations = operations(document);
        Set<String> documented = new TreeSet<>();
        List<Operation> deletions = new ArrayList<>();
        List<Operation> closings = new ArrayList<>();
        for (Operation operation : operations) {
            documented.add(operation.key());
            Rule rule = AccessPolicy.RULES.get(operation.key());
            if (rule == null) {
                matrix.failures.add(operation.key() + ": no policy in AccessPolicy (every operation needs one)");
            } else if (operation.method().equals("DELETE")) {
                deletions.add(operation);
            } else if (operation.key().equals(CLOSE_PROJECT)) {
                closings.add(operation);
            } else {
                matrix.run(operation, rule);
            }
        }
        // A closed project leaves the matching index: closing waits until everything else has used the projects.
        closings.forEach(operation -> matrix.run(operation, AccessPolicy.RULES.get(operation.key())));
        // Deletions last, in an order where nothing deleted is still needed by a later one.
        deletions.sort(Comparator.comparingInt(operation -> operation.template().startsWith("/profiles") ? 1 : 0));
        for (Operation operation : deletions) {
            matrix.runDeletion(operation, AccessPolicy.RULES.get(operation.key()));
        }
        for (String stale : AccessPolicy.RULES.keySet()) {
            if (!documented.contains(stale)) {
                matrix.failures.add(stale + ": has a policy but is not in the merged document");
            }
        }
        matrix.knownFindings();

        System.out.printf(Locale.ROOT, "[access-matrix] %d operations, %d calls, %d cells, %d failing, %.1f s%n",
                operations.size(), matrix.calls, matrix.cells, matrix.failures.size(),
                (System.nanoTime() - begin) / 1e9);
        matrix.failures.forEach(failure -> System.out.println("[access-matrix] FAIL " + failure));
        assertTrue(matrix.cells > 500, "only " + matrix.cells + " cells; is the document complete?");
        assertTrue(matrix.failures.isEmpty(), matrix.failures.size() + " of " + matrix.cells
                + " cells answered against the policy:\n" + String.join("\n", matrix.failures));
    }

    /** One operation of the document, its template below {@code /api/v1}. */
    record Operation(String method, String template, boolean hasBody, boolean streams) {

        String key() {
            return method + " " + template;
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey().substring("/api/v1".length());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (METHODS.contains(method)) {
                    boolean streams = false;
                    for (JsonNode response : op.getValue().path("responses")) {
                        streams |= response.path("content").has("text/event-stream");
                    }
                    operations.add(new Operation(method, template, op.getValue().has("requestBody"), streams));
                }
            }
        }
        return operations;
    }

    /** The ids a call names for one ownership. */
    record Ids(String profile, String project, String meeting, String notification, String webhook, String session) {

        Ids withProfile(String id) {
            return new Ids(id, project, meeting, notification, webhook, session);
        }

        Ids withProject(String id) {
            return new Ids(profile, id, meeting, notification, webhook, session);
        }

        Ids withWebhook(String id) {
            return new Ids(profile, project, meeting, notification, id, session);
        }

        Ids withSession(String id) {
            return new Ids(profile, project, meeting, notification, webhook, id);
        }
    }

    /**
     * The matrix's own world. Partner A registered participant P (own), participant Q (other's), the HIDDEN profile H
     * and R, the other side of their meetings and of their mutual matches (so they may write to each other); partner B
     * registered S only, which has a project of its own.
     */
    record World(Gateway ownPartner, Gateway otherPartner, String event, String counterpart, Map<Ownership, Ids> ids,
                 String otherPartnersProfile, String otherPartnersProject, String eventStart) {

        String participant() {
            return ids.get(Ownership.OWN).profile();
        }

        static World build(RunningSystem system) {
            Gateway admin = system.api();
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            Gateway partnerA = partner(system, "matrix-a-" + suffix);
            Gateway partnerB = partner(system, "matrix-b-" + suffix);
            String p = create(partnerA, profile("Matrix P", "PUBLIC"));
            String q = create(partnerA, profile("Matrix Q", "PUBLIC"));
            String h = create(partnerA, profile("Matrix H", "HIDDEN"));
            String r = create(partnerA, profile("Matrix R", "PUBLIC"));
            String s = create(partnerB, profile("Matrix S", "PUBLIC"));

            DemoEvent demo = system.dataset().event();
            String event = admin.post("/events", eventBody(demo, "Matrix event " + suffix)).json(201)
                    .path("id").asText();
            for (String registrant : List.of(p, q, h, r)) {
                register(admin, event, registrant);
            }
            String session = session(admin, event, demo.startsAt());
            Map<Ownership, Ids> ids = new LinkedHashMap<>();
            Map<String, Ownership> byProfile = Map.of(p, Ownership.OWN, q, Ownership.OTHERS, h, Ownership.HIDDEN);
            for (String owner : List.of(p, q, h)) {
                String project = project(partnerA, owner);
                String meeting = Eventually.await("a meeting of " + r + " with " + owner,
                        () -> admin.post("/events/" + event + "/meetings", Gateway.object()
                                .put("requesterProfileId", r).put("inviteeProfileId", owner)),
                        reply -> reply.status() == 201 ? Optional.of(reply.json().path("meetingId").asText())
                                : Optional.empty());
                String notification = Eventually.await("MEETING_REQUESTED in the inbox of " + owner,
                        () -> admin.get("/profiles/" + owner + "/notifications?limit=100").json(200),
                        inbox -> firstId(inbox, meeting));
                ids.put(byProfile.get(owner), new Ids(owner, project, meeting, notification, null, session));
            }
            for (String owner : List.of(p, q, h)) {
                mutualMatch(admin, r, owner);
            }
            ids.put(Ownership.OWN, ids.get(Ownership.OWN).withWebhook(webhook(partnerA)));
            ids.put(Ownership.OTHERS, ids.get(Ownership.OTHERS).withWebhook(webhook(partnerB)));
            ids.put(Ownership.HIDDEN, ids.get(Ownership.HIDDEN).withWebhook(webhook(admin)));
            return new World(partnerA, partnerB, event, r, Map.copyOf(ids), s, project(partnerB, s), demo.startsAt());
        }

        /** A mutual match of the two, so that they may write to each other (the message cells). */
        private static void mutualMatch(Gateway admin, String a, String b) {
            for (List<String> side : List.of(List.of(a, b), List.of(b, a))) {
                Eventually.until("interest of " + side.get(0) + " in " + side.get(1),
                        () -> admin.post("/profiles/" + side.get(0) + "/interests", Gateway.object()
                                .put("targetType", "PROFILE").put("targetId", side.get(1))
                                .put("decision", "INTERESTED")),
                        reply -> reply.status() == 201 || reply.status() == 200);
            }
        }

        private static Gateway partner(RunningSystem system, String partnerId) {
            JsonNode created = system.api().post("/admin/api-keys", Gateway.object().put("name", "Access matrix "
                    + partnerId).put("partnerId", partnerId)).json(201);
            return Gateway.withApiKey(system.gateway(), created.path("key").asText());
        }

        private static Optional<String> firstId(JsonNode inbox, String subject) {
            for (JsonNode notification : inbox.path("items")) {
                if (subject.equals(notification.path("subject").asText())) {
                    return Optional.of(notification.path("id").asText());
                }
            }
            return Optional.empty();
        }
    }

    static ObjectNode profile(String name, String visibility) {
        return Participants.unrelated(name, "Access Matrix Dairy " + name.substring(name.length() - 1))
                .put("visibility", visibility);
    }

    static String create(Gateway partner, ObjectNode profile) {
        return partner.post("/profiles", profile).json(201).path("id").asText();
    }

    static ObjectNode projectBody(String owner) {
        ObjectNode body = Gateway.object().put("title", "Matrix milk cooling").put("summary",
                "Solar milk cooling for small dairy farms.").put("ownerProfileId", owner).put("country", "CN")
                .put("trl", 4);
        body.putArray("sectors").add("AGRIFOOD");
        body.putArray("cooperationTypes").add("JOINT_VENTURE");
        body.putArray("keywords").add("dairy");
        return body;
    }

    /** A published project of {@code owner}, once project-service has heard of the profile. */
    static String project(Gateway partner, String owner) {
        String id = Eventually.await("project-service knows profile " + owner,
                () -> partner.post("/projects", projectBody(owner)),
                reply -> reply.status() == 201 ? Optional.of(reply.json().path("id").asText()) : Optional.empty());
        partner.post("/projects/" + id + "/publish", Gateway.object()).json(200);
        return id;
    }

    /** A session of the programme, half an hour from {@code start}, in no room (so sessions never collide). */
    static String session(Gateway admin, String event, String start) {
        return admin.post("/events/" + event + "/sessions", sessionBody(start)).json(201).path("id").asText();
    }

    static ObjectNode sessionBody(String start) {
        return Gateway.object().put("kind", "PANEL").put("title", "Matrix panel: dairy cooperation")
                .put("startsAt", start).put("endsAt", OffsetDateTime.parse(start).plusMinutes(30).toString());
    }

    static void register(Gateway admin, String event, String profile) {
        Eventually.until("registration of " + profile,
                () -> admin.post("/events/" + event + "/registrations", Gateway.object().put("profileId", profile)),
                reply -> reply.status() == 201 || reply.status() == 200);
    }

    static String webhook(Gateway owner) {
        // Loopback, which the local stack accepts: the discard port refuses at once, so test deliveries stay pending.
        ObjectNode body = Gateway.object().put("url", "http://127.0.0.1:9/innomatch-access-matrix");
        body.putArray("eventTypes").add("MEETING_EXPIRED");
        return owner.post("/webhooks", body).json(201).path("id").asText();
    }

    static ObjectNode eventBody(DemoEvent demo, String name) {
        return Gateway.object().put("name", name).put("city", demo.city()).put("timezone", demo.timezone())
                .put("startsAt", demo.startsAt()).put("endsAt", demo.endsAt()).put("slotMinutes", demo.slotMinutes())
                .put("tables", demo.tables()).put("status", "OPEN");
    }

    /** The cells run, the calls they made and the cells that answered against the policy. */
    private static final class Matrix {

        private final RunningSystem system;
        private final World world;
        private final Map<String, Gateway> participants = new HashMap<>();
        private final List<String> failures = new ArrayList<>();
        private int calls;
        private int cells;

        Matrix(RunningSystem system, World world) {
            this.system = system;
            this.world = world;
        }

        void run(Operation operation, Rule rule) {
            for (Ownership ownership : rule.ownerships()) {
                for (Caller caller : Caller.values()) {
                    cell(operation, caller, ownership, idsOf(ownership), rule.expect(caller, ownership));
                }
            }
        }

        /** Refusals first, on the world's resources; then each allowed cell deletes a resource made for it. */
        void runDeletion(Operation operation, Rule rule) {
            List<Runnable> allowed = new ArrayList<>();
            for (Ownership ownership : rule.ownerships()) {
                for (Caller caller : Caller.values()) {
                    Expect expect = rule.expect(caller, ownership);
                    if (expect == Expect.OK) {
                        allowed.add(() -> cell(operation, caller, ownership, fresh(operation, ownership), expect));
                    } else {
                        cell(operation, caller, ownership, idsOf(ownership), expect);
                    }
                }
            }
            allowed.forEach(Runnable::run);
        }

        private Ids idsOf(Ownership ownership) {
            return world.ids().get(ownership == Ownership.NONE ? Ownership.OWN : ownership);
        }

        /** A resource like the world's {@code ownership} one, made to be deleted. */
        private Ids fresh(Operation operation, Ownership ownership) {
            Ids ids = idsOf(ownership);
            String template = operation.template();
            if (template.startsWith("/events/{eventId}/sessions/{sessionId}/followers")) {
                system.api().call("PUT", "/events/" + world.event() + "/sessions/" + ids.session() + "/followers/"
                        + ids.profile(), null, null, Map.of());
                return ids;
            }
            if (template.startsWith("/events/{eventId}/sessions")) {
                return ids.withSession(session(system.api(), world.event(), world.eventStart()));
            }
            if (template.startsWith("/events/{eventId}/registrations")) {
                register(system.api(), world.event(), ids.profile());
                return ids;
            }
            if (template.startsWith("/webhooks")) {
                Gateway owner = switch (ownership) {
                    case OWN -> world.ownPartner();
                    case OTHERS -> world.otherPartner();
                    default -> system.api();
                };
                return ids.withWebhook(webhook(owner));
            }
            if (template.startsWith("/projects")) {
                return ids.withProject(project(world.ownPartner(), ids.profile()));
            }
            if (template.startsWith("/profiles")) {
                return ids.withProfile(create(world.ownPartner(),
                        profile("Matrix erasable", ownership == Ownership.HIDDEN ? "HIDDEN" : "PUBLIC")));
            }
            return ids;
        }

        private void cell(Operation operation, Caller caller, Ownership ownership, Ids ids, Expect expect) {
            cells++;
            // The participant is P, or, when it deletes its own profile, the profile made for that.
            String self = ownership == Ownership.OWN ? ids.profile() : world.participant();
            Gateway gateway = gateway(caller, self);
            String path = fill(operation, ids) + query(operation, ids, self);
            int status = call(gateway, operation, path, ids);
            if (!expect.matches(status)) {
                failures.add(String.format(Locale.ROOT, "%-50s %-13s %-6s expected %-15s got %d", operation.key(),
                        caller, ownership, expect, status));
            }
        }

        private int call(Gateway gateway, Operation operation, String path, Ids ids) {
            if (operation.streams()) {
                // Rate limits count streams too: wait for the bucket as for any other call.
                return Eventually.until("not rate-limited: " + operation.key(), () -> {
                    calls++;
                    return gateway.statusOfStream(path);
                }, status -> status != 429);
            }
            String contentType = operation.method().equals("PATCH") ? MERGE_PATCH : JSON;
            String body = operation.hasBody() ? body(operation, path, ids).toString() : null;
            Map<String, String> headers = new HashMap<>();
            if (operation.method().equals("PUT") || operation.method().equals("PATCH")) {
                system.api().get(path).etag().ifPresent(etag -> headers.put("If-Match", etag));
            }
            Gateway.Reply reply = Eventually.until("not rate-limited: " + operation.key(), () -> {
                calls++;
                return gateway.call(operation.method(), path, body == null ? null : contentType, body, headers);
            }, answer -> answer.status() != 429);
            return reply.status();
        }

        private Gateway gateway(Caller caller, String participant) {
            return switch (caller) {
                case ANONYMOUS -> system.anonymous();
                case PARTICIPANT -> participants.computeIfAbsent(participant, system::participant);
                case OWN_PARTNER -> world.ownPartner();
                case OTHER_PARTNER -> world.otherPartner();
                case ADMIN -> system.api();
            };
        }

        private String fill(Operation operation, Ids ids) {
            Matcher matcher = PARAMETER.matcher(operation.template());
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                String before = operation.template().substring(0, matcher.start());
                String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                        before.length() - 1);
                String value = switch (matcher.group(1)) {
                    case "eventId" -> world.event();
                    case "profileId" -> ids.profile();
                    case "mid" -> ids.meeting();
                    // The other side of the profile's threads: R, matched with P, Q and H.
                    case "otherId" -> world.counterpart();
                    case "sessionId" -> ids.session();
                    // A test delivery just queued to the webhook: still pending (409) or delivered (202) for the
                    // callers that may retry it.
                    case "notificationId" -> system.api()
                            .post("/webhooks/" + ids.webhook() + "/test", Gateway.object())
                            .json(202).path("notificationId").asText();
                    default -> switch (collection) {
                        case "profiles" -> ids.profile();
                        case "projects" -> ids.project();
                        case "events" -> world.event();
                        case "notifications" -> ids.notification();
                        case "webhooks" -> ids.webhook();
                        case "api-keys" -> apiKeyToRevoke();
                        default -> throw new AssertionError("no id for {" + matcher.group(1) + "} of "
                                + operation.key());
                    };
                };
                matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        private String apiKeyToRevoke() {
            return system.api().post("/admin/api-keys", Gateway.object().put("name", "Access matrix, to revoke"))
                    .json(201).path("id").asText();
        }

        private String query(Operation operation, Ids ids, String self) {
            return switch (operation.key()) {
                case "GET /events/{id}/agenda", "GET /events/{id}/meetings" -> "?profileId=" + ids.profile();
                case "GET /profiles/{id}/recommendations/sessions" -> "?eventId=" + world.event();
                case "POST /dev/tokens" -> "?subject=" + ids.profile();
                default -> "";
            };
        }

        private JsonNode body(Operation operation, String path, Ids ids) {
            String counterpart = world.counterpart();
            return switch (operation.key()) {
                case "POST /profiles" -> profile("Matrix new", "PUBLIC");
                case "PUT /profiles/{id}" -> profile("Matrix replaced",
                        ids == world.ids().get(Ownership.HIDDEN) ? "HIDDEN" : "PUBLIC");
                case "PATCH /profiles/{id}" -> Gateway.object().put("needs", "Milk cooling tanks.");
                case "POST /projects", "PUT /projects/{id}" -> projectBody(ids.profile());
                case "PATCH /projects/{id}" -> Gateway.object().put("summary", "Solar milk cooling, second try.");
                case "POST /events", "PUT /events/{id}" -> eventBody(system.dataset().event(), "Matrix event");
                case "PATCH /events/{id}" -> Gateway.object().put("city", "Beijing");
                case "POST /events/{eventId}/registrations" -> Gateway.object().put("profileId", ids.profile());
                case "POST /events/{eventId}/sessions" -> sessionBody(world.eventStart());
                case "PATCH /events/{eventId}/sessions/{sessionId}" -> Gateway.object().put("room", "Matrix hall");
                case "POST /profiles/{id}/threads/{otherId}/messages" -> Gateway.object()
                        .put("text", "Access matrix: shall we meet at the dairy stand?");
                case "POST /profiles/{id}/interests" -> Gateway.object().put("targetType", "PROFILE")
                        .put("targetId", counterpart).put("decision", "INTERESTED");
                case "POST /events/{id}/meetings" -> Gateway.object().put("requesterProfileId", ids.profile())
                        .put("inviteeProfileId", counterpart);
                case "POST /events/{id}/meetings/{mid}/propose" -> Gateway.object()
                        .put("actorProfileId", ids.profile()).put("slotStart", world.eventStart());
                case "POST /events/{id}/meetings/{mid}/outcome" -> Gateway.object()
                        .put("actorProfileId", ids.profile()).put("outcome", "COOPERATION_LIKELY");
                case "POST /events/{id}/meetings/{mid}/no-show" -> Gateway.object()
                        .put("actorProfileId", ids.profile()).put("absentProfileId", counterpart);
                case "POST /events/{id}/meetings/{mid}/accept", "POST /events/{id}/meetings/{mid}/decline",
                     "POST /events/{id}/meetings/{mid}/cancel" -> Gateway.object().put("actorProfileId", ids.profile());
                case "PUT /events/{id}/availability/{profileId}" -> {
                    ObjectNode body = Gateway.object();
                    body.putArray("unavailable");
                    yield body;
                }
                case "PUT /profiles/{id}/notification-preferences" -> system.api().get(path).json(200);
                case "POST /webhooks" -> {
                    ObjectNode body = Gateway.object().put("url", "http://127.0.0.1:9/innomatch-access-matrix");
                    body.putArray("eventTypes").add("MEETING_EXPIRED");
                    yield body;
                }
                case "POST /admin/api-keys" -> Gateway.object().put("name", "Access matrix, created in a cell");
                default -> Gateway.object();
            };
        }

        /** The cells of the findings that earlier sessions fixed, beyond what the rules above cover. */
        void knownFindings() {
            String p = world.participant();
            String h = world.ids().get(Ownership.HIDDEN).profile();
            Gateway other = world.otherPartner();
            String foreignProject = "/projects/" + world.otherPartnersProject();

            String etag = system.api().get(foreignProject).etag().orElse("\"0\"");
            finding("partner PATCHes its project into another partner's profile (ownerProfileId)", Expect.FORBIDDEN,
                    other.call("PATCH", foreignProject, MERGE_PATCH, Gateway.object().put("ownerProfileId", p)
                            .toString(), Map.of("If-Match", etag)));
            finding("partner PUTs its project into another partner's profile (ownerProfileId)", Expect.FORBIDDEN,
                    other.call("PUT", foreignProject, JSON, projectBody(p).toString(), Map.of("If-Match", etag)));
            finding("partner POSTs a project for another partner's HIDDEN profile", Expect.REFUSED,
                    other.post("/projects", projectBody(h)));

            Gateway participant = participants.computeIfAbsent(p, system::participant);
            String kinds = system.api().get("/taxonomy/kinds").body();
            String otherKind = kinds.contains("UNIVERSITY") ? "UNIVERSITY" : "STARTUP";
            String ownEtag = system.api().get("/profiles/" + p).etag().orElse("\"0\"");
            finding("participant changes its own kind", Expect.FORBIDDEN,
                    participant.patch("/profiles/" + p, ownEtag, Gateway.object().put("kind", otherKind)));

            String registrations = "/events/" + world.event() + "/registrations?limit=100";
            listing("participant", participant.get(registrations), h, false);
            listing("other partner", other.get(registrations), h, false);
            listing("own partner", world.ownPartner().get(registrations), h, true);
            listing("admin", system.api().get(registrations), h, true);
        }

        private void finding(String what, Expect expect, Gateway.Reply reply) {
            cells++;
            calls++;
            if (!expect.matches(reply.status())) {
                failures.add("finding: " + what + ": expected " + expect + ", got " + reply);
            }
        }

        private void listing(String who, Gateway.Reply reply, String hidden, boolean listed) {
            cells++;
            calls++;
            if (reply.status() != 200 || reply.body().contains(hidden) != listed) {
                failures.add("finding: the HIDDEN profile " + (listed ? "missing from" : "listed in")
                        + " the event's registrations as " + who + ": " + reply);
            }
        }
    }
}
