package org.innomatch.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A consumer's dead-letter topic, {@code <topic>.dlq.<service>}: the record as it was read (key, value, headers)
 * plus the headers SmallRye's {@code dead-letter-queue} failure strategy writes ({@code dead-letter-reason},
 * {@code dead-letter-cause}, {@code dead-letter-exception-class-name}, {@code dead-letter-topic},
 * {@code dead-letter-partition}, {@code dead-letter-offset}), so every service's dead letters read alike.
 * Written with {@code acks=all}; {@link #park} returns only after the broker's ack.
 */
public final class DeadLetterTopic implements DeadLetters, AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final String service;
    private final Producer<String, byte[]> producer;

    public DeadLetterTopic(KafkaClientConfig kafka, String service) {
        this(service, new KafkaProducer<>(kafka.acknowledgedProducer(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, service + "-dead-letters",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis() - 1_000),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000")),
                new StringSerializer(), new ByteArraySerializer()));
    }

    DeadLetterTopic(String service, Producer<String, byte[]> producer) {
        this.service = service;
        this.producer = producer;
    }

    /** The dead-letter topic of {@code service}'s consumer of {@code topic}. */
    public static String nameFor(String topic, String service) {
        return topic + ".dlq." + service;
    }

    /** @throws IllegalStateException if the broker does not take the record */
    @Override
    public void park(ConsumerRecord<String, byte[]> record, Throwable cause) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, "dead-letter-reason", String.valueOf(cause.getMessage()));
        if (cause.getCause() != null) {
            add(headers, "dead-letter-cause", String.valueOf(cause.getCause().getMessage()));
        }
        add(headers, "dead-letter-exception-class-name", cause.getClass().getName());
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", String.valueOf(record.partition()));
        add(headers, "dead-letter-offset", String.valueOf(record.offset()));
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(nameFor(record.topic(), service), null,
                record.key(), record.value(), headers);
        try {
            producer.send(letter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering " + CloudEventRecords.describe(record),
                    e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not dead-letter " + CloudEventRecords.describe(record), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
