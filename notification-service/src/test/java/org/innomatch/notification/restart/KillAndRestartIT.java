package org.innomatch.notification.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.EmbeddedMongoServer;
import org.innomatch.infra.TopicSpec;
import org.innomatch.notification.support.SseClient;
import org.innomatch.notification.support.SseClient.Sse;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The built service ({@code target/quarkus-app/quarkus-run.jar}) runs as a child process on a real broker and
 * Mongo-wire server held by this test. While events stream in and a client reads the SSE stream, the process is
 * killed with SIGKILL (no shutdown hooks, offsets of handled records possibly uncommitted), events keep being
 * produced while it is down, then it is started again. Afterwards every event is reflected exactly once in the
 * inbox, and the client, resuming with Last-Event-ID, has received each notification exactly once.
 */
class KillAndRestartIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Path dir;
    private static EmbeddedKafkaBroker broker;
    private static EmbeddedMongoServer mongo;
    private static int port;
    private static final UUID me = UUID.randomUUID();
    private static Process service;

    @BeforeAll
    static void infrastructure() throws IOException {
        dir = Files.createTempDirectory("innomatch-notify-restart-");
        broker = EmbeddedKafkaBroker.onFreePorts(dir.resolve("kafka")).start();
        broker.createTopics(TopicSpec.parseList(TestEvents.TOPICS));
        mongo = EmbeddedMongoServer.inMemory();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestEvents.useBroker(broker.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        TestEvents.closeProducer();
        if (service != null) {
            service.destroyForcibly();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // leave it to the OS's temp cleaning
            }
        }
    }

    @Test
    void eventsProducedAroundAKillAreReflectedExactlyOnceAfterTheRestart() throws Exception {
        start("first");
        int total = 80;
        List<UUID> subjects = new CopyOnWriteArrayList<>();
        AtomicInteger produced = new AtomicInteger();

        SseClient client = SseClient.open(port, me, null, TestTokens.internalParticipant(me.toString()));
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < total; i++) {
                    UUID other = UUID.randomUUID();
                    if (i % 4 == 3) {
                        UUID meeting = UUID.randomUUID();
                        subjects.add(meeting);
                        TestEvents.produce(EventEnvelope.of(EventType.MEETING_CHANGED, "/test", meeting.toString(),
                                new MeetingChanged(meeting, UUID.randomUUID(), other, me, "PENDING", null, null, null,
                                        null, Instant.now())));
                    } else {
                        MatchFound m = new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", me, me),
                                new MatchParty("PROFILE", other, other), 0.7, Instant.now());
                        subjects.add(m.matchId());
                        TestEvents.produce(EventEnvelope.of(EventType.MATCH_FOUND, "/test", m.matchId().toString(), m));
                    }
                    produced.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();

        List<Sse> received = new ArrayList<>();
        while (received.size() < 15) {
            received.add(client.next());
        }
        service.destroyForcibly().waitFor();
        int atKill = produced.get();
        long storedAtKill = storedNotifications();
        client.close();
        start("second");
        // Ready means effects flow: what was missed while down starts arriving at once, not after a replay or
        // after the dead consumers' sessions expired.
        Duration firstEffect = untilInboxHolds(storedAtKill + 1, Duration.ofSeconds(60));
        System.out.printf("KillAndRestartIT: %d notifications stored at the kill; the next %d ms after ready%n",
                storedAtKill, firstEffect.toMillis());
        // The aim is 5 s; the bound leaves room for a loaded machine (the kill's uncommitted records are handled
        // again first) yet fails when the new consumers wait for the dead ones' sessions (45 s by default).
        assertTrue(firstEffect.compareTo(Duration.ofSeconds(20)) <= 0,
                "effects resumed " + firstEffect.toMillis() + " ms after ready");
        producer.join();
        assertTrue(atKill < total, "the kill came after the last event: nothing was produced while down");

        // The client reconnects with the id of the last event it saw.
        SseClient resumed = SseClient.open(port, me, received.get(received.size() - 1).id(),
                TestTokens.internalParticipant(me.toString()));
        while (received.size() < total) {
            received.add(resumed.next(Duration.ofSeconds(30)));
        }
        assertTrue(resumed.nothingMore(Duration.ofSeconds(3)), "an event came twice");
        resumed.close();

        Set<String> streamed = new HashSet<>();
        received.forEach(e -> streamed.add(JsonPath.from(e.data()).getString("subject")));
        Set<String> expected = new HashSet<>();
        subjects.forEach(s -> expected.add(s.toString()));
        assertEquals(expected, streamed);

        JsonPath inbox = JsonPath.from(get("/profiles/" + me + "/notifications?limit=100").body());
        List<String> inInbox = inbox.getList("items.subject");
        assertEquals(total, inInbox.size(), "inbox: " + inInbox.size() + " of " + total);
        assertEquals(expected, new HashSet<>(inInbox));
    }

    private static void start(String name) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        assertTrue(Files.exists(jar), jar + " is built by the package phase");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        // The test JVM's extra flags (another time zone or locale; see the root pom) go to the service too.
        String extra = System.getProperty("test.jvm.args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + broker.bootstrapServers(),
                "-Dquarkus.mongodb.connection-string=" + mongo.connectionString(),
                "-Dquarkus.mailer.mock=true",
                // The packaged jar runs the prod profile: it must trust the test gateway key the tokens are signed with.
                "-Dmp.jwt.verify.publickey.location=" + testPublicKey().toUri(),
                "-jar", jar.toString()));
        service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new AssertionError("service exited: " + Files.readString(dir.resolve(name + ".log")));
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service not ready: " + Files.readString(dir.resolve(name + ".log")));
    }

    private static long storedNotifications() {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            return client.getDatabase("innomatch_notifications").getCollection("notifications").countDocuments();
        }
    }

    /** How long until the inbox holds {@code count} notifications. */
    private static Duration untilInboxHolds(long count, Duration deadline) throws Exception {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> inbox = get("/profiles/" + me + "/notifications?limit=100");
            if (inbox.statusCode() == 200 && JsonPath.from(inbox.body()).getList("items").size() >= count) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() - start > deadline.toNanos()) {
                throw new AssertionError("inbox short of " + count + " after " + deadline + ": " + inbox.body());
            }
            Thread.sleep(100);
        }
    }

    private static Path testPublicKey() throws IOException {
        Path key = dir.resolve("internal-public.pem");
        if (!Files.exists(key)) {
            try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(TestTokens.INTERNAL_PUBLIC_KEY)) {
                assertNotNull(in, TestTokens.INTERNAL_PUBLIC_KEY + " comes with caller-testing");
                Files.copy(in, key);
            }
        }
        return key;
    }

    /** As the participant {@code me} would through the gateway; health needs no token. */
    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", TestTokens.bearer(TestTokens.internalParticipant(me.toString())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
