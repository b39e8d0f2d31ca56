package org.innomatch.matching.meetings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.KafkaClientConfig;

/**
 * Publishes {@code MeetingChanged} on {@code innomatch.meetings}, key = meeting id (all states of a meeting on
 * one partition, in order). The CloudEvents id is derived from (meeting id, revision), so a re-publish of the
 * same revision carries the same id and consumers can drop it.
 */
@ApplicationScoped
public class MeetingPublisher {

    static final String SOURCE = "/matching-service";

    private final KafkaProducer<String, byte[]> producer;

    public MeetingPublisher(KafkaClientConfig kafka) {
        // A request that made the change waits for the broker: with the broker away it must still answer well
        // inside the gateway's 10 s (the change is stored, and the re-publisher sends it later), so neither
        // fetching metadata (60 s by default) nor delivery (2 min) may take long.
        producer = new KafkaProducer<>(kafka.acknowledgedProducer(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000",
                ProducerConfig.LINGER_MS_CONFIG, "5")), new StringSerializer(), new ByteArraySerializer());
    }

    public static UUID eventIdOf(UUID meetingId, long revision) {
        return UUID.nameUUIDFromBytes(("meeting-changed|" + meetingId + "|" + revision).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends all and waits for every acknowledgement; returns, per input, whether it was acknowledged. */
    public List<Boolean> publishAll(List<MeetingChanged> changes) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (MeetingChanged change : changes) {
            UUID eventId = eventIdOf(change.meetingId(), change.revision() == null ? 0 : change.revision());
            EventEnvelope<MeetingChanged> event = new EventEnvelope<>(eventId, EventType.MEETING_CHANGED, SOURCE,
                    change.changedAt(), change.meetingId().toString(), change);
            ProducerRecord<String, byte[]> record = CloudEventRecords.encode(event);
            try {
                sent.add(producer.send(record));
            } catch (RuntimeException e) {
                sent.add(null);
            }
        }
        List<Boolean> acked = new ArrayList<>();
        for (Future<RecordMetadata> f : sent) {
            acked.add(f != null && ack(f));
        }
        return acked;
    }

    private static boolean ack(Future<RecordMetadata> f) {
        try {
            f.get(6, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
