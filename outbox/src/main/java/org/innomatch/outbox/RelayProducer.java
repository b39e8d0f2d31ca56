package org.innomatch.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * The relay's Kafka producer: created on first use, replaced after an error that leaves it unusable, closed
 * on shutdown. Not thread-safe; the relay uses it under its own lock.
 */
final class RelayProducer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayProducer.class);

    private final Map<String, Object> config;
    private Producer<String, byte[]> producer;

    RelayProducer(Map<String, Object> config) {
        this.config = Map.copyOf(config);
    }

    /**
     * Producer settings for the outbox: the service's {@code kafka.*} settings (broker, TLS, SASL), then every
     * record acknowledged by all in-sync replicas, written once and in order per partition despite retries, and a
     * down broker reported within {@code sendTimeout}.
     */
    static Map<String, Object> configFor(KafkaClientConfig kafka, String clientId, Duration sendTimeout,
            Map<String, String> extra) {
        Map<String, Object> c = new HashMap<>(extra);
        long deliveryMs = Math.max(2_000, sendTimeout.toMillis());
        long requestMs = Math.max(1_000, deliveryMs / 2);
        if (kafka.bootstrapServers().isEmpty()) {
            c.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        }
        c.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryMs);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (requestMs - 10));
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, requestMs);
        // A pass sends a whole batch at once; a few milliseconds let the records share requests.
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Map<String, Object> settings = new HashMap<>();
        kafka.producer(c).forEach((name, value) -> settings.put(String.valueOf(name), value));
        return settings;
    }

    Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return producer().send(record);
    }

    /**
     * Drops the producer after an error that may have left it unusable (fenced, closed, out-of-order sequence,
     * authentication); the next send creates a new one. Retriable errors (broker down, timeouts) keep it: it
     * reconnects by itself.
     */
    void discardIfFatal(Throwable error) {
        if (producer == null || error instanceof RetriableException
                || error instanceof java.util.concurrent.TimeoutException) {
            return;
        }
        LOG.warnf("Recreating the outbox Kafka producer after %s", error.toString());
        closeQuietly(Duration.ZERO);
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    @Override
    public void close() {
        closeQuietly(Duration.ofSeconds(5));
    }

    private void closeQuietly(Duration timeout) {
        Producer<String, byte[]> current = producer;
        producer = null;
        if (current != null) {
            try {
                current.close(timeout);
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox Kafka producer failed", e);
            }
        }
    }
}
