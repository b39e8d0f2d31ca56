package org.innomatch.matching.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.diagnostics.Ping;
import org.junit.jupiter.api.Test;

/** Publish, flag what the broker acknowledged, re-publish what is still unflagged after the grace period. */
class RepublisherTest {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    /** Keys the broker refuses while "away". */
    private final List<String> refused = new ArrayList<>();
    private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer()) {
        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (refused.contains(record.key())) {
                return CompletableFuture.failedFuture(new TimeoutException("broker away"));
            }
            return super.send(record, callback);
        }
    };
    private final EventPublisher publisher = new EventPublisher(producer);
    private final Changes changes = new Changes();
    private final Republisher republisher = new Republisher(List.of(changes), publisher, null,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void flagsWhatWasAcknowledgedAndReSendsTheRestWithTheSameIdAfterTheGracePeriod() {
        Change a = changes.add("a", NOW.minusSeconds(60));
        Change b = changes.add("b", NOW.minusSeconds(60));
        Change fresh = changes.add("fresh", NOW.minusSeconds(1));
        refused.add("b");

        assertEquals(1, publisher.publishAndFlag(changes, List.of(a, b)));
        assertEquals(List.of(a), changes.flagged);

        refused.clear();
        assertEquals(1, republisher.republish(changes), "b only: 'fresh' is inside its grace period");
        assertEquals(List.of(a, b), changes.flagged);
        List<String> ids = producer.history().stream()
                .map(r -> new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .toList();
        assertEquals(List.of(a.eventId.toString(), b.eventId.toString()), ids);
        assertEquals(0, republisher.republish(changes), "nothing is sent twice once flagged");
        assertEquals(false, fresh.published);
    }

    private static final class Change {
        final String key;
        final Instant at;
        final UUID eventId = UUID.randomUUID();
        boolean published;

        Change(String key, Instant at) {
            this.key = key;
            this.at = at;
        }
    }

    private static final class Changes implements PendingEvents<Change> {
        final List<Change> all = new ArrayList<>();
        final List<Change> flagged = new ArrayList<>();

        Change add(String key, Instant at) {
            Change change = new Change(key, at);
            all.add(change);
            return change;
        }

        @Override
        public String kind() {
            return "Ping";
        }

        @Override
        public RepublishSchedule schedule() {
            return new RepublishSchedule("2s", Duration.ofSeconds(5));
        }

        @Override
        public List<Change> unpublishedBefore(Instant olderThan) {
            return all.stream().filter(c -> !c.published && c.at.isBefore(olderThan)).toList();
        }

        @Override
        public List<EventEnvelope<?>> eventsOf(List<Change> list) {
            return list.stream().<EventEnvelope<?>>map(c -> new EventEnvelope<>(c.eventId, EventType.PING,
                    EventPublisher.SOURCE, c.at, c.key, new Ping(c.eventId, "test", c.key, c.at))).toList();
        }

        @Override
        public void markPublished(Change change) {
            change.published = true;
            flagged.add(change);
        }
    }
}
