package org.innomatch.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class,
        initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact"))
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "outbox_test"))
class OutboxTest {

    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(1);

    @Inject
    Outbox outbox;

    @Inject
    OutboxMetrics metrics;

    @Inject
    OutboxCleanup cleanup;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCommittedWriteIsPublishedWithKeyHeadersAndValue() throws Exception {
        UUID id = UUID.randomUUID();
        given().queryParam("name", "Fudan Tech Transfer").put("/test/profiles/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = readProfileEvents(Set.of(id), 1);

        assertEquals(1, records.size());
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertEquals(id.toString(), record.key());
        Map<String, String> headers = TopicReader.headers(record);
        assertEquals(EventType.PROFILE_UPSERTED.type(), headers.get(CloudEventHeaders.TYPE));
        assertEquals("/outbox-test", headers.get(CloudEventHeaders.SOURCE));
        assertEquals(id.toString(), headers.get(CloudEventHeaders.SUBJECT));
        assertEquals("1.0", headers.get(CloudEventHeaders.SPEC_VERSION));
        assertEquals("application/json", headers.get(CloudEventHeaders.CONTENT_TYPE));
        EventEnvelope<Object> event = EventEnvelope.fromKafka(headers, record.value());
        ProfileUpserted data = (ProfileUpserted) event.data();
        assertEquals("Fudan Tech Transfer", data.name());
        assertEquals(1, data.version());

        await("row marked sent").atMost(ARRIVAL_TIMEOUT).until(() -> row(event.id()).sentAt() != null);
        OutboxRow row = row(event.id());
        assertEquals(Topics.PROFILES, row.topic());
        assertEquals(id.toString(), row.key());
        assertEquals(1, row.attempts());
    }

    @Test
    void aRolledBackWriteLeavesNothingToPublish() {
        UUID rolledBack = UUID.randomUUID();
        given().queryParam("name", "Ghost").queryParam("fail", true).put("/test/profiles/" + rolledBack)
                .then().statusCode(500);
        UUID committed = UUID.randomUUID();
        given().queryParam("name", "Marker").put("/test/profiles/" + committed).then().statusCode(200);
        outbox.flushNow();

        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE message_key = ?", rolledBack.toString()));
        assertEquals(0, count("SELECT count(*) FROM test_profile WHERE id = ?::uuid", rolledBack.toString()));
        List<ConsumerRecord<String, byte[]>> records = readProfileEvents(Set.of(rolledBack, committed), 1);
        assertEquals(List.of(committed.toString()), records.stream().map(ConsumerRecord::key).toList());
    }

    @Test
    void aDeleteIsPublishedAsATombstoneAfterTheLastState() {
        UUID id = UUID.randomUUID();
        given().queryParam("name", "Short-lived").put("/test/profiles/" + id).then().statusCode(200);
        given().delete("/test/profiles/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = readProfileEvents(Set.of(id), 2);

        assertEquals(2, records.size());
        ConsumerRecord<String, byte[]> tombstone = records.get(1);
        assertEquals(id.toString(), tombstone.key());
        assertNull(tombstone.value());
        assertEquals(EventType.PROFILE_DELETED.type(), TopicReader.header(tombstone, CloudEventHeaders.TYPE));
        EventEnvelope<Object> event = EventEnvelope.fromKafka(TopicReader.headers(tombstone), null);
        assertEquals(id, ((ProfileDeleted) event.data()).id());
    }

    @Test
    void concurrentChangesOfOneAggregateArePublishedInCommitOrder() throws Exception {
        UUID id = UUID.randomUUID();
        given().queryParam("name", "original").put("/test/profiles/" + id).then().statusCode(200);
        // The first writer publishes, then keeps its transaction open; the second changes the same row meanwhile.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> given().queryParam("name", "first")
                .queryParam("holdMillis", 1500).put("/test/profiles/" + id).then().extract().statusCode());
        Thread.sleep(500);
        given().queryParam("name", "second").put("/test/profiles/" + id).then().statusCode(200);
        assertEquals(200, first.get(30, TimeUnit.SECONDS));

        String stored = query("SELECT name FROM test_profile WHERE id = ?::uuid", id.toString());
        List<ConsumerRecord<String, byte[]>> records = readProfileEvents(Set.of(id), 3);
        ConsumerRecord<String, byte[]> last = records.get(records.size() - 1);
        String published = ((ProfileUpserted) EventEnvelope.fromKafka(TopicReader.headers(last), last.value())
                .data()).name();
        assertEquals(stored, published, "the newest state on the topic is the one in the database");
        assertEquals("second", stored);
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        UUID id = UUID.randomUUID();
        EventEnvelope<ProfileDeleted> event = EventEnvelope.of(EventType.PROFILE_DELETED, "/outbox-test",
                new ProfileDeleted(id, java.time.Instant.now()));

        assertThrows(TransactionalException.class, () -> outbox.publish(event));
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE message_key = ?", id.toString()));
    }

    @Test
    void writesSurviveABrokerOutageAndArriveExactlyOnceInOrder() throws Exception {
        EmbeddedKafkaBroker broker = KafkaTestResource.broker();
        // A producer that has been talking to the broker (metadata cached, connections open) is the realistic
        // case: its sends are accepted and then expire, rather than failing on missing metadata.
        UUID warmUp = UUID.randomUUID();
        given().queryParam("name", "warm-up").put("/test/profiles/" + warmUp).then().statusCode(200);
        await("warm-up sent").atMost(ARRIVAL_TIMEOUT).until(() -> {
            outbox.flushNow();
            return metrics.refresh().backlog() == 0;
        });
        assertEquals(1, readProfileEvents(Set.of(warmUp), 1).size());
        List<UUID> profiles = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        int versions = 4;

        broker.stop();
        try {
            for (int version = 1; version <= versions; version++) {
                for (UUID id : profiles) {
                    given().queryParam("name", "v" + version).put("/test/profiles/" + id).then().statusCode(200);
                }
            }
            int written = profiles.size() * versions;
            assertEquals(written, count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL "
                    + "AND message_key IN (?, ?, ?)", profiles.stream().map(UUID::toString).toArray()));
            // The relay keeps trying and records why it fails.
            await("a failed attempt recorded").atMost(ARRIVAL_TIMEOUT)
                    .until(() -> count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND attempts > 0 "
                            + "AND last_error IS NOT NULL") > 0);
            OutboxStats stats = metrics.refresh();
            assertTrue(stats.backlog() >= written, "backlog " + stats.backlog());
            assertTrue(stats.oldestAgeSeconds() > 0, "oldest age " + stats.oldestAgeSeconds());
            String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(gauge(scrape, "innomatch_outbox_backlog") >= written, scrape);
            assertTrue(gauge(scrape, "innomatch_outbox_oldest_age_seconds") > 0, scrape);
        } finally {
            broker.start();
        }

        await("backlog drained after the broker is back").atMost(ARRIVAL_TIMEOUT)
                .until(() -> metrics.refresh().backlog() == 0);
        List<ConsumerRecord<String, byte[]>> records = readProfileEvents(Set.copyOf(profiles),
                profiles.size() * versions);

        Map<String, Long> perEventId = records.stream().collect(Collectors.groupingBy(
                r -> TopicReader.header(r, CloudEventHeaders.ID), Collectors.counting()));
        assertEquals(profiles.size() * versions, perEventId.size(), "distinct events");
        assertTrue(perEventId.values().stream().allMatch(n -> n == 1), "each event once: " + perEventId);
        Map<String, List<Long>> versionsPerKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            ProfileUpserted data = (ProfileUpserted) EventEnvelope.fromKafka(TopicReader.headers(record),
                    record.value()).data();
            versionsPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(data.version());
        }
        for (UUID id : profiles) {
            assertEquals(List.of(1L, 2L, 3L, 4L), versionsPerKey.get(id.toString()), "order of " + id);
        }
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(0.0, gauge(scrape, "innomatch_outbox_backlog"), scrape);
        assertEquals(0.0, gauge(scrape, "innomatch_outbox_oldest_age_seconds"), scrape);
    }

    @Test
    void cleanupDeletesOnlySentRowsPastTheRetention() throws Exception {
        UUID oldSent = insertRow("now() - interval '30 days'", "now() - interval '8 days'");
        UUID recentSent = insertRow("now() - interval '2 days'", "now() - interval '1 day'");
        UUID oldUnsent = insertRow("now() - interval '10 days'", null);

        int deleted = cleanup.deleteExpired();

        assertTrue(deleted >= 1, "deleted " + deleted);
        Set<UUID> remaining = new HashSet<>();
        for (UUID id : List.of(oldSent, recentSent, oldUnsent)) {
            if (count("SELECT count(*) FROM outbox_event WHERE id = ?::uuid", id.toString()) == 1) {
                remaining.add(id);
            }
        }
        assertEquals(Set.of(recentSent, oldUnsent), remaining);
    }

    @Test
    void theProducerTakesTheRowsHeadersAndValueAsTheyAre() {
        byte[] payload = "{\"id\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PendingEvent event = new PendingEvent(UUID.randomUUID(), 7, Topics.PROFILES, "k1",
                Map.of("ce_id", "abc", "content-type", "application/json"), payload);

        var record = OutboxRelay.recordOf(event);

        assertEquals(Topics.PROFILES, record.topic());
        assertEquals("k1", record.key());
        assertArrayEquals(payload, record.value());
        assertEquals("abc", new String(record.headers().lastHeader("ce_id").value(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertNull(record.partition());
    }

    private List<ConsumerRecord<String, byte[]>> readProfileEvents(Set<UUID> keys, int expected) {
        Set<String> wanted = keys.stream().map(UUID::toString).collect(Collectors.toSet());
        return TopicReader.read(KafkaTestResource.broker().bootstrapServers(), Topics.PROFILES,
                r -> wanted.contains(r.key()), expected, ARRIVAL_TIMEOUT, SETTLE);
    }

    /** A row of another service instance's history, published to a key no other test reads. */
    private UUID insertRow(String createdAt, String sentAt) throws SQLException {
        UUID id = UUID.randomUUID();
        String sql = "INSERT INTO outbox_event (id, topic, message_key, event_type, headers, payload, created_at, "
                + "sent_at) VALUES (?, 'innomatch.profiles', ?, 'org.innomatch.profile.deleted.v1', "
                + "'{\"ce_id\": \"" + id + "\"}'::jsonb, NULL, " + createdAt + ", " + (sentAt == null ? "NULL" : sentAt)
                + ")";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, "cleanup-" + id);
            insert.executeUpdate();
        }
        return id;
    }

    private long count(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String query(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboxRow row(UUID id) {
        String sql = "SELECT topic, message_key, sent_at IS NOT NULL, attempts FROM outbox_event WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "outbox row " + id);
                return new OutboxRow(rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "sent" : null, rs.getInt(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record OutboxRow(String topic, String key, String sentAt, int attempts) {
    }

    private static double gauge(String scrape, String name) {
        return scrape.lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gauge " + name));
    }
}
