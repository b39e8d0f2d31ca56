package org.innomatch.matching.publishing;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.KafkaClientConfig;

/**
 * Publishes the service's events ({@code MatchFound}, {@code MatchEnded}, {@code RecommendationAvailable}) on
 * their topics with CloudEvents binary headers, key = the event's subject, {@code acks=all} and an idempotent
 * producer.
 */
@ApplicationScoped
public class MatchPublisher {

    public static final String SOURCE = "/matching-service";

    private final KafkaProducer<String, byte[]> producer;

    public MatchPublisher(KafkaClientConfig kafka) {
        // A request that made the change waits for the broker: with the broker away it must still answer well
        // inside the gateway's 10 s (the change is stored, and the re-publisher sends it later), so neither
        // fetching metadata (60 s by default) nor delivery (2 min) may take long.
        producer = new KafkaProducer<>(kafka.acknowledgedProducer(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "5000",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000",
                ProducerConfig.LINGER_MS_CONFIG, "0")), new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends and waits for the broker's acknowledgement; throws if it does not come. */
    public void publish(MatchFound match, UUID eventId) throws PublishFailedException {
        send(new EventEnvelope<>(eventId, EventType.MATCH_FOUND, SOURCE, match.foundAt(), match.matchId().toString(), match));
    }

    /** Sends and waits for the broker's acknowledgement; throws if it does not come. */
    public void publish(MatchEnded ended, UUID eventId) throws PublishFailedException {
        send(new EventEnvelope<>(eventId, EventType.MATCH_ENDED, SOURCE, ended.endedAt(), ended.matchId().toString(),
                ended));
    }

    /** Sends any event to its type's topic and waits for the broker's acknowledgement. */
    public void send(EventEnvelope<?> event) throws PublishFailedException {
        ProducerRecord<String, byte[]> record = CloudEventRecords.encode(event);
        try {
            producer.send(record).get(6, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(e);
        }
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }

    /** The broker did not acknowledge; the match stays unpublished and the re-publisher retries. */
    public static final class PublishFailedException extends Exception {
        PublishFailedException(Throwable cause) {
            super("The event was not acknowledged by Kafka", cause);
        }
    }
}
