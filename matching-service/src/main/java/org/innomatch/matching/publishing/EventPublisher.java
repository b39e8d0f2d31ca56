package org.innomatch.matching.publishing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * The service's one producer of its own events ({@code MatchFound}, {@code MatchEnded},
 * {@code RecommendationAvailable}, {@code MeetingChanged}): CloudEvents binary headers, key = the event's subject,
 * {@code acks=all} and idempotence. MongoDB gives no transaction across a document and the Kafka send, so a change
 * is stored unpublished first, then {@link #publishAndFlag published and flagged}; what is still unflagged after a
 * grace period the {@link Republisher} sends again, with the same {@code ce_id}.
 */
@ApplicationScoped
public class EventPublisher {

    public static final String SOURCE = "/matching-service";
    private static final Logger LOG = Logger.getLogger(EventPublisher.class);
    private static final long ACK_WAIT_MILLIS = 6_000;

    private final Producer<String, byte[]> producer;

    @Inject
    public EventPublisher(KafkaClientConfig kafka) {
        // A request that made the change waits for the broker: with the broker away it must still answer well
        // inside the gateway's 10 s (the change is stored, and the re-publisher sends it later), so neither
        // fetching metadata (60 s by default) nor delivery (2 min) may take long.
        this(new KafkaProducer<>(kafka.acknowledgedProducer(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000",
                ProducerConfig.LINGER_MS_CONFIG, "0")), new StringSerializer(), new ByteArraySerializer()));
    }

    EventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /**
     * Publishes the events of {@code items} and flags each one the broker acknowledged; an item not acknowledged
     * stays unflagged for the {@link Republisher}.
     *
     * @return how many were acknowledged and flagged
     */
    public <T> int publishAndFlag(PendingEvents<T> kind, List<T> items) {
        if (items.isEmpty()) {
            return 0;
        }
        List<EventEnvelope<?>> events = kind.eventsOf(items);
        List<Boolean> acked = publishAll(events);
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            if (acked.get(i)) {
                kind.markPublished(items.get(i));
                n++;
            } else {
                LOG.warnf("%s %s (%s) not published yet; the re-publisher will retry", events.get(i).type(),
                        events.get(i).subject(), events.get(i).id());
            }
        }
        return n;
    }

    /** Sends all, then waits for every acknowledgement; returns, per event, whether it was acknowledged. */
    List<Boolean> publishAll(List<EventEnvelope<?>> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (EventEnvelope<?> event : events) {
            try {
                sent.add(producer.send(CloudEventRecords.encode(event)));
            } catch (RuntimeException e) {
                LOG.debugf("Could not send %s: %s", event.id(), e.getMessage());
                sent.add(null);
            }
        }
        List<Boolean> acked = new ArrayList<>();
        for (Future<RecordMetadata> f : sent) {
            acked.add(f != null && acked(f));
        }
        return acked;
    }

    private static boolean acked(Future<RecordMetadata> f) {
        try {
            f.get(ACK_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("Not acknowledged: %s", e.getMessage());
            return false;
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
