package org.innomatch.gateway.auth.keys;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventFormatException;
import org.innomatch.messaging.CompactedTopicReplica;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * The API keys of every gateway instance, in one compacted Kafka topic keyed by key id: each change is the key's
 * whole record (hash, never the key). Each instance holds every key: it reads the whole topic as a
 * {@link CompactedTopicReplica}; a record written is acknowledged by the broker before the admin's call returns.
 */
final class ApiKeyTopic implements AutoCloseable, CompactedTopicReplica.Handler {

    private static final Logger LOG = Logger.getLogger(ApiKeyTopic.class);
    private final String topic;
    private final Duration sendTimeout;
    private final ObjectMapper json;
    private final KafkaProducer<String, byte[]> producer;
    private final Consumer<StoredApiKey> sink;
    private final CompactedTopicReplica replica;

    private ApiKeyTopic(KafkaClientConfig kafka, String topic, Duration sendTimeout, ObjectMapper json,
                        Consumer<StoredApiKey> sink) {
        this.topic = topic;
        this.sendTimeout = sendTimeout;
        this.json = json;
        this.sink = sink;
        String client = "gateway-api-keys-" + UUID.randomUUID();
        // Waiting for metadata (max.block) counts too: with the broker away, send() itself would block a minute.
        this.producer = new KafkaProducer<>(kafka.acknowledgedProducer(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, client + "-writer",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout.toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis() / 2,
                ProducerConfig.LINGER_MS_CONFIG, 0)), new StringSerializer(), new ByteArraySerializer());
        this.replica = new CompactedTopicReplica(new CompactedTopicReplica.Settings("api-keys-reader", List.of(topic),
                Duration.ofMillis(500), Duration.ofMillis(200), Duration.ofSeconds(5)),
                CompactedTopicReplica.clients(kafka, Map.of(ConsumerConfig.CLIENT_ID_CONFIG, client + "-reader")),
                this, CompactedTopicReplica.loggedDeadLetters());
    }

    /**
     * Starts reading {@code topic}; every record read, those already there first, goes to {@code sink} on the
     * reader thread. A record written is given up on after {@code sendTimeout}.
     */
    static ApiKeyTopic open(KafkaClientConfig kafka, String topic, Duration sendTimeout, ObjectMapper json,
                            Consumer<StoredApiKey> sink) {
        ApiKeyTopic opened = new ApiKeyTopic(kafka, topic, sendTimeout, json, sink);
        opened.replica.start();
        return opened;
    }

    /** Waits until every record that was in the topic when reading began has gone to the sink. */
    void awaitCaughtUp(Duration timeout) {
        try {
            if (!replica.awaitCaughtUp(timeout)) {
                throw new IllegalStateException(replica.failed()
                        ? "API keys: reading topic " + topic + " stopped: " + replica.failure()
                        : "API keys: could not read topic " + topic + " within " + timeout
                                + " (is Kafka up, and the topic created?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the API keys topic", e);
        }
    }

    /** Writes {@code key}'s record and waits for the broker to acknowledge it. */
    void publish(StoredApiKey key) {
        try {
            producer.send(new ProducerRecord<>(topic, key.id(), json.writeValueAsBytes(key)))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write API key " + key.id(), e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf(e, "API keys: writing %s to topic %s was not confirmed", key.id(), topic);
            throw new ApiKeyStoreUnavailableException(topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiKeyStoreUnavailableException(topic);
        }
    }

    /** A tombstone holds no key record: it is ignored. */
    @Override
    public void apply(ConsumerRecord<String, byte[]> record, boolean live) {
        if (record.value() == null) {
            return;
        }
        StoredApiKey key;
        try {
            key = json.readValue(record.value(), StoredApiKey.class);
        } catch (IOException e) {
            throw new EventFormatException(StoredApiKey.class.getSimpleName(), e.getMessage(), e);
        }
        sink.accept(key);
    }

    @Override
    public void close() {
        replica.close();
        producer.close(Duration.ofSeconds(2));
    }
}
