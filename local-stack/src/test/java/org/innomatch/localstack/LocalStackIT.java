package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.innomatch.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real stack, in this JVM, on free ports: every service healthy, a ping produced by one service and
 * consumed and stored by the others, the stored data still there after a restart on the same directory, and the
 * demo dataset loaded through the gateway, idempotently.
 * Needs the services packaged ({@code <module>/target/quarkus-app/quarkus-run.jar}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class LocalStackIT {

    private static final Duration PING_WAIT = Duration.ofSeconds(30);
    private static final List<ServiceModule> PING_RECEIVERS = List.of(ServiceModule.PROJECT_SERVICE,
            ServiceModule.MATCHING_SERVICE, ServiceModule.NOTIFICATION_SERVICE);

    @TempDir
    static Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private StackOptions options;
    private RunningStack stack;
    private String pingId;

    @BeforeAll
    void startOnFreePorts() {
        Path home = Optional.ofNullable(System.getProperty("innomatch.home")).map(Path::of)
                .or(InnomatchHome::locate)
                .orElseThrow(() -> new AssertionError("cannot find the Innomatch checkout; set -Dinnomatch.home"));
        List<String> missing = new ArrayList<>();
        for (ServiceModule module : ServiceModule.values()) {
            if (!Files.isRegularFile(module.runnerJar(home))) {
                missing.add(module.runnerJar(home).toString());
            }
        }
        if (!missing.isEmpty()) {
            fail("LocalStackIT runs the packaged services, but these are missing: " + String.join(", ", missing)
                    + ". Build them first: ./mvnw -B -pl profile-service,project-service,matching-service,"
                    + "notification-service,gateway package -DskipTests (or run the full reactor build).");
        }
        List<String> args = new ArrayList<>(List.of("up", "--dir", dir.toString(), "--home", home.toString(),
                "--timeout", "240",
                // The services run with the test JVM's extra flags too (another time zone or locale; root pom).
                "--java-opts", String.join(" ", StackOptions.DEFAULT_JAVA_OPTIONS,
                        System.getProperty("test.jvm.args", "")).trim()));
        int[] ports = Ports.free(StackPort.values().length);
        for (StackPort port : StackPort.values()) {
            args.add(port.option());
            args.add(String.valueOf(ports[port.ordinal()]));
        }
        options = StackOptions.parse(args, Map.of(), dir, Optional::empty);
        stack = LocalStack.start(options);
        System.out.println("[LocalStackIT] cold start (empty directory): " + Progress.seconds(stack.startupTime()));
        printMemory("after cold start");
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceIsHealthyAndServesItsOpenApiDocument() throws Exception {
        for (ServiceModule module : ServiceModule.values()) {
            URI base = stack.endpoints().serviceUrl(module);
            URI management = stack.endpoints().managementUrl(module);
            assertEquals(200, get(management.resolve("/q/health/ready")).statusCode(), module + " ready");
            assertEquals(200, get(management.resolve("/q/health")).statusCode(), module + " health");
            HttpResponse<String> openApi = get(base.resolve("/q/openapi?format=json"));
            assertEquals(200, openApi.statusCode(), module + " /q/openapi");
            assertTrue(json.readTree(openApi.body()).has("openapi"), module + " serves an OpenAPI document");
        }
        URI gateway = stack.endpoints().gatewayUrl();
        assertEquals(404, get(gateway.resolve("/q/health")).statusCode(), "gateway health is not public");
        assertEquals(404, get(gateway.resolve("/q/metrics")).statusCode(), "gateway metrics are not public");
        assertTrue(Files.isRegularFile(stack.layout().pidFile()), "the running stack holds the lock");
    }

    @Test
    @Order(2)
    void aPingFromProfileServiceIsReceivedAndStoredByTheOtherServices() throws Exception {
        URI pings = stack.endpoints().serviceUrl(ServiceModule.PROFILE_SERVICE).resolve("/diagnostics/pings");
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(pings)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"local-stack IT\"}"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, sent.statusCode(), sent.body());
        JsonNode ping = json.readTree(sent.body());
        assertEquals("profile-service", ping.path("origin").asText());
        pingId = ping.path("id").asText();
        UUID.fromString(pingId);

        Map<ServiceModule, JsonNode> received = awaitPingEverywhere(pingId);
        for (Map.Entry<ServiceModule, JsonNode> entry : received.entrySet()) {
            assertEquals("profile-service", entry.getValue().path("origin").asText(), entry.getKey() + " origin");
            assertEquals("local-stack IT", entry.getValue().path("note").asText(), entry.getKey() + " note");
        }
        printMemory("after the ping");
    }

    @Test
    @Order(3)
    void storedPingsSurviveARestartOnTheSameDirectory() throws Exception {
        assertFalse(pingId == null, "the ping test must have run first");
        stack.close();
        stack = null;
        assertFalse(Files.exists(dir.resolve("stack.pid")), "a stopped stack releases its lock");

        // restarted as ./innomatch up --demo: the demo data is loaded once the stack is healthy (checked below)
        options = new StackOptions(options.command(), options.dir(), options.home(), options.host(), options.ports(),
                options.javaOptions(), options.healthTimeout(), true, options.gateway());
        stack = LocalStack.start(options);
        System.out.println("[LocalStackIT] warm start (same directory): " + Progress.seconds(stack.startupTime()));

        for (ServiceModule module : List.of(ServiceModule.PROJECT_SERVICE, ServiceModule.MATCHING_SERVICE)) {
            Optional<JsonNode> ping = findPing(module, pingId);
            assertTrue(ping.isPresent(), module.moduleName() + " lost ping " + pingId + " across the restart");
            assertEquals("profile-service", ping.get().path("origin").asText());
        }
    }

    @Test
    @Order(4)
    void upWithDemoLoadsTheDemoDataThroughTheGatewayAndASecondLoadCreatesNothingNew() throws Exception {
        DemoDataset dataset = DemoDataset.load();
        URI gateway = stack.endpoints().gatewayUrl();
        DemoLoadResult first = stack.demo().orElseThrow(() -> new AssertionError("up --demo did not load the demo data"
                + " (its problem is printed above)"));
        String summary = StackSummary.render(stack);
        System.out.print(summary);

        int registrations = dataset.event().registrations().size();
        assertEquals(new DemoLoadResult.Count(dataset.profiles().size(), dataset.profiles().size()), first.profiles());
        assertEquals(new DemoLoadResult.Count(dataset.projects().size(), dataset.projects().size()), first.projects());
        assertEquals(new DemoLoadResult.Count(1, 1), first.events());
        assertEquals(new DemoLoadResult.Count(registrations, registrations), first.registrations());
        Map<String, String> ids = readIds();
        int sessions = dataset.event().sessions().size();
        assertEquals(dataset.profiles().size() + dataset.projects().size() + 1 + sessions, ids.size(),
                "an id for every key (profiles, projects, the event and its sessions)");
        assertEquals(dataset.profiles().size(), listedProfileIds().size(), "profiles listed through the gateway");
        for (DemoProject project : dataset.projects()) {
            JsonNode stored = json.readTree(getOk("/projects/" + ids.get(project.key())));
            assertEquals("PUBLISHED", stored.path("status").asText(), project.key());
            assertEquals(ids.get(project.owner()), stored.path("ownerProfileId").asText(), project.key() + " owner");
        }
        String eventId = ids.get(dataset.event().key());
        JsonNode event = json.readTree(getOk("/events/" + eventId));
        assertEquals("OPEN", event.path("status").asText());
        assertEquals(dataset.event().registrations().stream().map(ids::get).collect(Collectors.toSet()),
                Set.copyOf(registeredProfileIds(eventId)), "registrations");
        String diplomatId = first.firstDiplomat().orElseThrow().id();
        assertEquals("DIPLOMAT", json.readTree(getOk("/profiles/" + diplomatId)).path("kind").asText());
        assertTrue(summary.contains(gateway + "/api/v1/profiles/" + diplomatId), "the summary shows the diplomat: " + summary);
        assertTrue(summary.contains("Demo data"), summary);

        // the second load, as a user runs it: ./innomatch load-demo --gateway ... --dir ...
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = LocalStack.run(new String[] {"load-demo", "--gateway", gateway.toString(), "--dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        System.out.print(out.toString(StandardCharsets.UTF_8));
        assertEquals(0, exitCode, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("demo data: " + dataset.profiles().size()
                + " profiles (0 new), " + dataset.projects().size() + " projects (0 new), 1 event (0 new), "
                + registrations + " registrations (0 new)"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("/api/v1/profiles/" + diplomatId), "example command");
        assertEquals(ids, readIds(), "the same ids after the second load");
        assertEquals(dataset.profiles().size(), listedProfileIds().size(), "no profile duplicated");
        assertEquals(registrations, registeredProfileIds(eventId).size(), "no registration duplicated");
        assertEquals(sessions, json.readTree(getOk("/events/" + eventId + "/sessions?limit=100")).path("items").size(),
                "the programme loaded once");
    }

    @Test
    @Order(5)
    void aDemoProfileThatWasDeletedIsCreatedAgainByTheNextLoad() throws Exception {
        DemoDataset dataset = DemoDataset.load();
        Map<String, String> before = readIds();
        String key = "sg-enterprise-liaison";
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(api("/profiles/" + before.get(key))).DELETE()
                .header("X-API-Key", adminKey())
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode(), deleted.body());

        DemoLoadResult again = DemoLoader.load(dataset, stack.endpoints().gatewayUrl(), dir, note -> { });

        assertEquals(1, again.profiles().created(), again.summaryLine());
        assertEquals(0, again.projects().created(), again.summaryLine());
        assertEquals(1, again.registrations().created(), "the new profile registers again: " + again.summaryLine());
        Map<String, String> after = readIds();
        assertFalse(before.get(key).equals(after.get(key)), "a new id for " + key);
        before.remove(key);
        after.remove(key);
        assertEquals(before, after, "every other key keeps its id");
        assertEquals(dataset.profiles().size(), listedProfileIds().size());
    }

    @Test
    @Order(6)
    void everyCallerIsAuthenticatedAtTheGatewayAndOwnershipIsEnforcedByTheServices() throws Exception {
        Map<String, String> ids = readIds();
        String diplomat = stack.demo().orElseThrow().firstDiplomat().orElseThrow().id();
        String otherProfile = ids.values().stream().filter(id -> !id.equals(diplomat))
                .filter(id -> getStatus(api("/profiles/" + id)) == 200).findFirst().orElseThrow();

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(api("/profiles")).GET());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent(), "a 401 names how to authenticate");
        assertEquals(401, send(HttpRequest.newBuilder(api("/profiles")).header("X-API-Key", "imk_nonsense").GET()).statusCode());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(
                stack.endpoints().serviceUrl(ServiceModule.PROFILE_SERVICE).resolve("/profiles")).GET());
        assertEquals(401, direct.statusCode(), "a service reached directly is no back door: " + direct.body());

        // a participant: its own profile with contact details, others' without; changes only its own
        HttpResponse<String> minted = send(HttpRequest.newBuilder(api("/dev/tokens?subject=" + diplomat))
                .header("X-API-Key", adminKey()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, minted.statusCode(), minted.body());
        String bearer = "Bearer " + json.readTree(minted.body()).path("token").asText();
        HttpResponse<String> own = send(HttpRequest.newBuilder(api("/profiles/" + diplomat)).header("Authorization", bearer).GET());
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(json.readTree(own.body()).has("contact"), "the participant sees its own contact details");
        HttpResponse<String> other = send(HttpRequest.newBuilder(api("/profiles/" + otherProfile)).header("Authorization", bearer).GET());
        assertEquals(200, other.statusCode(), other.body());
        assertFalse(json.readTree(other.body()).has("contact"), "contact details of others stay hidden");
        String otherEtag = other.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> editOther = send(json(HttpRequest.newBuilder(api("/profiles/" + otherProfile))
                .header("Authorization", bearer).header("If-Match", otherEtag), "PATCH", "{\"offers\":\"mine now\"}"));
        assertEquals(403, editOther.statusCode(), editOther.body());
        HttpResponse<String> editOwn = send(json(HttpRequest.newBuilder(api("/profiles/" + diplomat))
                .header("Authorization", bearer).header("If-Match", own.headers().firstValue("ETag").orElseThrow()),
                "PATCH", "{}"));
        assertEquals(200, editOwn.statusCode(), editOwn.body());
        assertEquals(403, send(HttpRequest.newBuilder(api("/admin/api-keys")).header("Authorization", bearer).GET()).statusCode());

        // a partner portal: owns what it creates, nothing else; a revoked key stops working at once
        HttpResponse<String> created = send(json(HttpRequest.newBuilder(api("/admin/api-keys")).header("X-API-Key", adminKey()),
                "POST", "{\"name\":\"IT partner portal\",\"partnerId\":\"it-partner\"}"));
        assertEquals(201, created.statusCode(), created.body());
        String partnerKey = json.readTree(created.body()).path("key").asText();
        String keyId = json.readTree(created.body()).path("id").asText();
        HttpResponse<String> demoAsPartner = send(HttpRequest.newBuilder(api("/profiles/" + otherProfile))
                .header("X-API-Key", partnerKey).GET());
        assertEquals(200, demoAsPartner.statusCode(), demoAsPartner.body());
        HttpResponse<String> partnerEdit = send(json(HttpRequest.newBuilder(api("/profiles/" + otherProfile))
                .header("X-API-Key", partnerKey).header("If-Match", demoAsPartner.headers().firstValue("ETag").orElseThrow()),
                "PATCH", "{\"offers\":\"ours now\"}"));
        assertEquals(403, partnerEdit.statusCode(), partnerEdit.body());
        assertEquals(204, send(HttpRequest.newBuilder(api("/admin/api-keys/" + keyId)).header("X-API-Key", adminKey())
                .DELETE()).statusCode());
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(api("/profiles")).header("X-API-Key", partnerKey).GET());
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("revoked"), revoked.body());
    }

    private int getStatus(URI uri) {
        try {
            return get(uri).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> readIds() throws IOException {
        return json.readValue(dir.resolve("demo/ids.json").toFile(), new TypeReference<Map<String, String>>() { });
    }

    private URI api(String path) {
        return URI.create(stack.endpoints().gatewayUrl() + "/api/v1" + path);
    }

    private String getOk(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(api(path));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** Every profile the public list shows, following nextCursor. */
    private List<String> listedProfileIds() throws IOException, InterruptedException {
        return pagedIds("/profiles?limit=100", "id");
    }

    private List<String> registeredProfileIds(String eventId) throws IOException, InterruptedException {
        return pagedIds("/events/" + eventId + "/registrations?status=REGISTERED&limit=100", "profileId");
    }

    private List<String> pagedIds(String firstPage, String idField) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String page = getOk(firstPage + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            JsonNode body = json.readTree(page);
            body.path("items").forEach(item -> ids.add(item.path(idField).asText()));
            cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no id listed twice: " + firstPage);
        return ids;
    }

    private Map<ServiceModule, JsonNode> awaitPingEverywhere(String id) throws Exception {
        long deadline = System.nanoTime() + PING_WAIT.toNanos();
        Map<ServiceModule, JsonNode> received = new LinkedHashMap<>();
        while (true) {
            for (ServiceModule module : PING_RECEIVERS) {
                if (!received.containsKey(module)) {
                    findPing(module, id).ifPresent(ping -> received.put(module, ping));
                }
            }
            if (received.size() == PING_RECEIVERS.size()) {
                return received;
            }
            if (System.nanoTime() > deadline) {
                List<String> waitingFor = PING_RECEIVERS.stream().filter(m -> !received.containsKey(m))
                        .map(ServiceModule::moduleName).collect(Collectors.toList());
                fail("ping " + id + " from profile-service did not reach " + waitingFor + " within "
                        + PING_WAIT.toSeconds() + " s (logs in " + stack.layout().logsDir() + ")");
            }
            Thread.sleep(250);
        }
    }

    private Optional<JsonNode> findPing(ServiceModule module, String id) throws IOException, InterruptedException {
        HttpResponse<String> response = get(stack.endpoints().serviceUrl(module).resolve("/diagnostics/pings"));
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        for (JsonNode ping : json.readTree(response.body())) {
            if (id.equals(ping.path("id").asText())) {
                return Optional.of(ping);
            }
        }
        return Optional.empty();
    }

    /** With the dev admin key, which only the gateway reads. */
    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).header("X-API-Key", adminKey()).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String adminKey() {
        return DevCredentials.existingAdminKey(dir).orElseThrow(() -> new AssertionError("no dev admin key in " + dir));
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** Peak resident memory of every part, for the record (Linux only; prints nothing elsewhere). */
    private void printMemory(String when) {
        List<String> lines = new ArrayList<>();
        ProcessMemory.of(ProcessHandle.current().pid()).ifPresent(m ->
                lines.add(String.format("  %-40s %s", "this JVM (tests + Kafka + Mongo-wire)", m.describe())));
        postmasterPid().ifPresent(pid -> {
            ProcessMemory.of(pid).ifPresent(m -> lines.add(String.format("  %-40s %s", "postgres (postmaster)", m.describe())));
            long childrenPeakKb = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children)
                    .map(child -> ProcessMemory.of(child.pid())).flatMap(Optional::stream)
                    .mapToLong(ProcessMemory::peakKb).sum();
            long children = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::children).count();
            lines.add(String.format("  %-40s %d processes, sum of peaks %d MB (shared memory counted in each)",
                    "postgres (backends and workers)", children, childrenPeakKb / 1024));
        });
        for (ServiceProcess service : stack.services()) {
            ProcessMemory.of(service.pid()).ifPresent(m -> lines.add(String.format("  %-40s %s", service.name(), m.describe())));
        }
        if (!lines.isEmpty()) {
            System.out.println("[LocalStackIT] resident memory " + when + ":");
            lines.forEach(System.out::println);
        }
    }

    private Optional<Long> postmasterPid() {
        try {
            Path pidFile = stack.layout().postgresDataDir().resolve("postmaster.pid");
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
