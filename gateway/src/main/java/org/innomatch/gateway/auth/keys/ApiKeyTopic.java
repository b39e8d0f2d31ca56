package org.innomatch.gateway.auth.keys;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * The API keys of every gateway instance, in one compacted Kafka topic keyed by key id: each change is the key's
 * whole record (hash, never the key). Each instance reads the whole topic from its start, all partitions assigned
 * to itself and no consumer group, so it holds every key; a record written is acknowledged by the broker before
 * the admin's call returns.
 */
final class ApiKeyTopic implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ApiKeyTopic.class);
    private final String topic;
    private final Duration sendTimeout;
    private final ObjectMapper json;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Consumer<StoredApiKey> sink;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean closed;

    private ApiKeyTopic(KafkaClientConfig kafka, String topic, Duration sendTimeout, ObjectMapper json,
                        Consumer<StoredApiKey> sink) {
        this.topic = topic;
        this.sendTimeout = sendTimeout;
        this.json = json;
        this.sink = sink;
        String client = "gateway-api-keys-" + UUID.randomUUID();
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, client + "-writer");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Waiting for metadata (max.block) counts too: with the broker away, send() itself would block a minute.
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout.toMillis());
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis());
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis() / 2);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(kafka.producer(producerConfig), new StringSerializer(),
                new ByteArraySerializer());
        Map<String, Object> consumerConfig = new HashMap<>();
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, client + "-reader");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(kafka.consumer(consumerConfig), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.reader = new Thread(this::read, "api-keys-reader");
        this.reader.setDaemon(true);
    }

    /**
     * Starts reading {@code topic}; every record read, those already there first, goes to {@code sink} on the
     * reader thread. A record written is given up on after {@code sendTimeout}.
     */
    static ApiKeyTopic open(KafkaClientConfig kafka, String topic, Duration sendTimeout, ObjectMapper json,
                            Consumer<StoredApiKey> sink) {
        ApiKeyTopic opened = new ApiKeyTopic(kafka, topic, sendTimeout, json, sink);
        opened.reader.start();
        return opened;
    }

    /** Waits until every record that was in the topic when reading began has gone to the sink. */
    void awaitCaughtUp(Duration timeout) {
        try {
            if (!caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("API keys: could not read topic " + topic + " within " + timeout
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

    private void read() {
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (caughtUp.getCount() > 0 && partitions.stream()
                        .allMatch(partition -> consumer.position(partition) >= end.get(partition))) {
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                LOG.error("API keys: reading the topic stopped", e);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "API keys: reading topic %s stopped; keys created or revoked elsewhere are not seen", topic);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The topic's partitions, once the broker answers and has the topic (until then, start-up waits). */
    private List<TopicPartition> partitions() {
        while (!closed) {
            try {
                List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (found != null && !found.isEmpty()) {
                    return found.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
                }
                LOG.warnf("API keys: topic %s does not exist (yet); retrying", topic);
            } catch (RetriableException e) {
                LOG.warnf("API keys: no answer from Kafka about topic %s (%s); retrying", topic, e.getMessage());
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new WakeupException();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            sink.accept(json.readValue(record.value(), StoredApiKey.class));
        } catch (IOException e) {
            LOG.warnf("API keys: skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(2));
    }
}
