package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DemoLoader} against a small fake of the gateway: order, idempotency, retries and error reports. */
class DemoLoaderTest {

    private static final DemoDataset DATASET = new DemoDataset("tiny", "fictional test data",
            List.of(profile("eu-counsellor", "DIPLOMAT"), profile("cn-hospital", "RESEARCH_INSTITUTE")),
            List.of(new DemoProject("il-sensor", "eu-counsellor", "Implantable sensor", "A sensor.", "IL",
                    List.of("HEALTH.MEDTECH"), 5, List.of("INVESTMENT"), List.of("sensor"),
                    new DemoProject.Money(new BigDecimal("1000000"), "ILS"))),
            new DemoEvent("event", "5th Matchmaking Event", "Beijing", "Asia/Shanghai", "2027-04-15T09:00:00+08:00",
                    "2027-04-15T17:30:00+08:00", 20, 30, "OPEN", List.of("eu-counsellor", "cn-hospital")));

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final FakeGateway gateway = new FakeGateway();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    private static DemoProfile profile(String key, String kind) {
        return new DemoProfile(key, null, "Name of " + key, kind, "Organisation of " + key, "CN", List.of("HEALTH"),
                "offers", "needs", List.of("kw"), List.of("JOINT_RESEARCH"), List.of("en"),
                new DemoProfile.Contact(key + "@example.org", null, null), "PUBLIC");
    }

    @BeforeEach
    void start() throws IOException {
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.server.stop(0);
    }

    private DemoLoadResult load(Duration ownerWait) {
        return new DemoLoader(GatewayClient.to(gateway.url()), DemoIdStore.in(dir), ownerWait, notes::add).load(DATASET);
    }

    @Test
    void theFirstLoadCreatesEverythingInOrderAndTheSecondNothing() {
        DemoLoadResult first = load(Duration.ofSeconds(5));

        assertEquals("demo data: 2 profiles (2 new), 1 project (1 new), 1 event (1 new), 2 registrations (2 new)",
                first.summaryLine());
        assertEquals(List.of("POST /api/v1/profiles", "POST /api/v1/profiles", "POST /api/v1/projects",
                "POST /api/v1/projects/{id}/publish", "POST /api/v1/events", "POST /api/v1/events/{id}/registrations",
                "POST /api/v1/events/{id}/registrations"), gateway.calls());
        assertEquals("PUBLISHED", gateway.projects.values().iterator().next().path("status").asText());
        JsonNode project = gateway.projects.values().iterator().next();
        assertEquals(DemoIdStore.in(dir).id("eu-counsellor").orElseThrow(), project.path("ownerProfileId").asText());
        assertFalse(project.has("owner") || project.has("key"), "dataset-only fields stay in the dataset");
        assertFalse(gateway.profiles.values().iterator().next().has("represents"));
        assertEquals("Name of eu-counsellor", first.firstDiplomat().orElseThrow().name());

        gateway.log.clear();
        DemoLoadResult second = load(Duration.ofSeconds(5));

        assertEquals("demo data: 2 profiles (0 new), 1 project (0 new), 1 event (0 new), 2 registrations (0 new)",
                second.summaryLine());
        assertFalse(second.createdAnything());
        assertTrue(gateway.calls().stream().noneMatch(call -> call.equals("POST /api/v1/profiles")
                || call.equals("POST /api/v1/projects") || call.equals("POST /api/v1/events")), gateway.calls().toString());
        assertEquals(2, gateway.profiles.size());
        assertEquals(1, gateway.projects.size());
        assertEquals(2, gateway.registrations.size());
        assertEquals(first.firstDiplomat(), second.firstDiplomat());
    }

    @Test
    void theProgrammeIsLoadedOnceWithTheSpeakersAndProjectsIds() {
        DemoSession pitch = new DemoSession("pitch-il-sensor", "ROADSHOW_PITCH", "Roadshow: implantable sensor", null,
                "2027-04-15T10:00:00+08:00", "2027-04-15T10:15:00+08:00", "Main hall", 200,
                List.of("eu-counsellor"), "il-sensor");
        DemoEvent event = DATASET.event();
        DemoDataset withProgramme = new DemoDataset("tiny", "with a programme", DATASET.profiles(), DATASET.projects(),
                new DemoEvent(event.key(), event.name(), event.city(), event.timezone(), event.startsAt(),
                        event.endsAt(), event.slotMinutes(), event.tables(), event.status(), event.registrations(),
                        List.of(pitch)));
        DemoLoader loader = new DemoLoader(GatewayClient.to(gateway.url()), DemoIdStore.in(dir), Duration.ofSeconds(5),
                notes::add);

        loader.load(withProgramme);
        new DemoLoader(GatewayClient.to(gateway.url()), DemoIdStore.in(dir), Duration.ofSeconds(5), notes::add)
                .load(withProgramme);

        assertEquals(1, gateway.sessions.size());
        JsonNode body = gateway.sessions.values().iterator().next();
        DemoIdStore ids = DemoIdStore.in(dir);
        assertEquals(ids.id("eu-counsellor").orElseThrow(), body.path("speakerProfileIds").path(0).asText());
        assertEquals(ids.id("il-sensor").orElseThrow(), body.path("projectId").asText());
        assertEquals("ROADSHOW_PITCH", body.path("kind").asText());
        assertFalse(body.has("key") || body.has("speakers") || body.has("project"));
        assertFalse(gateway.events.values().iterator().next().has("sessions"));
    }

    @Test
    void aProfileThatIsGoneIsCreatedAgainAndKeepsTheOthers() {
        load(Duration.ofSeconds(5));
        String goneId = DemoIdStore.in(dir).id("cn-hospital").orElseThrow();
        gateway.profiles.remove(goneId);

        DemoLoadResult again = load(Duration.ofSeconds(5));

        assertEquals(new DemoLoadResult.Count(2, 1), again.profiles());
        assertEquals(new DemoLoadResult.Count(2, 1), again.registrations());
        assertNotEquals(goneId, DemoIdStore.in(dir).id("cn-hospital").orElseThrow());
        assertTrue(notes.stream().anyMatch(note -> note.contains("cn-hospital") && note.contains("gone")), notes.toString());
    }

    @Test
    void aProjectLeftInDraftIsPublishedByTheNextLoad() {
        gateway.failPublish = true;
        assertThrows(DemoLoadException.class, () -> load(Duration.ofSeconds(5)));
        gateway.failPublish = false;

        DemoLoadResult again = load(Duration.ofSeconds(5));

        assertEquals(new DemoLoadResult.Count(1, 0), again.projects());
        assertEquals(1, gateway.projects.size());
        assertEquals("PUBLISHED", gateway.projects.values().iterator().next().path("status").asText());
    }

    @Test
    void createsNamingAProfileAreRetriedUntilProjectServiceHasHeardOfIt() {
        gateway.unknownProfileAnswers.set(3);

        DemoLoadResult result = load(Duration.ofSeconds(10));

        assertEquals(1, result.projects().created());
        assertTrue(notes.stream().anyMatch(note -> note.contains("waiting for project-service")), notes.toString());
    }

    @Test
    void afterTheOwnerWaitTheUnknownProfileIsReportedWithTheDatasetKey() {
        gateway.unknownProfileAnswers.set(Integer.MAX_VALUE);

        DemoLoadException error = assertThrows(DemoLoadException.class, () -> load(Duration.ofMillis(300)));

        assertEquals("demo data: project 'il-sensor' failed: POST /api/v1/projects answered 422: 1 invalid field "
                + "(ownerProfileId: must be the id of an existing profile) [request r-1]", error.getMessage());
    }

    @Test
    void aRejectedProfileIsReportedWithTheProblemDetailNotAStackTrace() {
        gateway.rejectProfiles = true;

        DemoLoadException error = assertThrows(DemoLoadException.class, () -> load(Duration.ofSeconds(1)));

        assertEquals("demo data: profile 'eu-counsellor' failed: POST /api/v1/profiles answered 422: 1 invalid field "
                + "(sectors[0]: must be one of the allowed codes, rejected 'SPACE') [request r-1]", error.getMessage());
        assertFalse(DemoIdStore.in(dir).id("eu-counsellor").isPresent());
    }

    @Test
    void anUnreachableGatewayIsOneLine() {
        gateway.server.stop(0);

        DemoLoadException error = assertThrows(DemoLoadException.class, () -> load(Duration.ofSeconds(1)));

        assertTrue(error.getMessage().startsWith("cannot reach the gateway at " + gateway.url()), error.getMessage());
        assertTrue(error.getMessage().endsWith("is the stack running?"), error.getMessage());
    }

    @Test
    void theExampleCommandsUseTheDiplomatsId() {
        DemoLoadResult result = load(Duration.ofSeconds(5));
        DemoLoadResult.LoadedProfile diplomat = result.firstDiplomat().orElseThrow();

        List<String> commands = StackSummary.exampleCommands(URI.create("http://127.0.0.1:8080/"), diplomat);

        assertEquals("curl -s 'http://127.0.0.1:8080/api/v1/profiles?kind=DIPLOMAT&limit=20'", commands.get(0));
        assertTrue(commands.get(1).startsWith("curl -s http://127.0.0.1:8080/api/v1/profiles/" + diplomat.id() + " "),
                commands.get(1));
    }

    /** Just enough of the public API: ids, 404s, 201 versus 200 for registrations, problem+json errors. */
    private final class FakeGateway {

        final HttpServer server;
        final Map<String, JsonNode> profiles = new LinkedHashMap<>();
        final Map<String, ObjectNode> projects = new LinkedHashMap<>();
        final Map<String, JsonNode> events = new LinkedHashMap<>();
        final Set<String> registrations = new HashSet<>();
        final Map<String, JsonNode> sessions = new LinkedHashMap<>();
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger unknownProfileAnswers = new AtomicInteger();
        volatile boolean rejectProfiles;
        volatile boolean failPublish;

        FakeGateway() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/", this::handle);
        }

        void start() {
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        List<String> calls() {
            return log.stream().filter(call -> call.startsWith("POST")).toList();
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.substring("/api/v1/".length()).split("/");
            log.add(method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"));
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? null : json.readTree(bytes);
            String id = UUID.randomUUID().toString();
            switch (method + " " + parts[0] + "/" + parts.length) {
                case "POST profiles/1" -> {
                    if (rejectProfiles) {
                        problem(exchange, "sectors[0]", "must be one of the allowed codes", "SPACE");
                        return;
                    }
                    profiles.put(id, body);
                    answer(exchange, 201, json.createObjectNode().put("id", id));
                }
                case "GET profiles/2" -> found(exchange, profiles.get(parts[1]));
                case "POST projects/1" -> {
                    if (unknownProfileAnswers.getAndDecrement() > 0) {
                        problem(exchange, "ownerProfileId", "must be the id of an existing profile", null);
                        return;
                    }
                    ObjectNode project = ((ObjectNode) body).put("id", id).put("status", "DRAFT");
                    projects.put(id, project);
                    answer(exchange, 201, project);
                }
                case "GET projects/2" -> found(exchange, projects.get(parts[1]));
                case "POST projects/3" -> {
                    if (failPublish) {
                        answer(exchange, 500, json.createObjectNode().put("status", 500).put("detail", "publishing broke"));
                        return;
                    }
                    answer(exchange, 200, projects.get(parts[1]).put("status", "PUBLISHED"));
                }
                case "POST events/1" -> {
                    events.put(id, body);
                    answer(exchange, 201, json.createObjectNode().put("id", id));
                }
                case "GET events/2" -> found(exchange, events.get(parts[1]));
                case "GET events/4" -> found(exchange, sessions.get(parts[3]));
                case "POST events/3" -> {
                    if (parts[2].equals("sessions")) {
                        sessions.put(id, body);
                        answer(exchange, 201, json.createObjectNode().put("id", id));
                        return;
                    }
                    boolean fresh = registrations.add(parts[1] + "/" + body.path("profileId").asText());
                    answer(exchange, fresh ? 201 : 200, body);
                }
                default -> answer(exchange, 405, json.createObjectNode().put("detail", "not faked: " + method + " " + path));
            }
        }

        private void found(HttpExchange exchange, JsonNode entity) throws IOException {
            if (entity == null) {
                answer(exchange, 404, json.createObjectNode().put("status", 404).put("detail", "not found"));
            } else {
                answer(exchange, 200, entity);
            }
        }

        private void problem(HttpExchange exchange, String field, String message, String rejected) throws IOException {
            ObjectNode problem = json.createObjectNode().put("status", 422).put("detail", "1 invalid field")
                    .put("requestId", "r-1");
            ObjectNode error = problem.putArray("errors").addObject().put("field", field).put("message", message);
            if (rejected != null) {
                error.put("rejectedValue", rejected);
            }
            answer(exchange, 422, problem);
        }

        private void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
            byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
