package org.innomatch.notification.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.innomatch.events.Topics;
import org.innomatch.messaging.CloudEventRecords;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Writes to {@code innomatch.notifications.dlq}: records this service could not handle (the original key, value
 * and headers, plus {@code dlq-reason}, {@code dlq-source}) and deliveries it gave up on (a JSON summary).
 */
@ApplicationScoped
public class DeadLetters {

    public static final String CHANNEL = "dlq-out";
    public static final String REASON = "dlq-reason";
    public static final String SOURCE = "dlq-source";
    public static final String KIND = "dlq-kind";

    private final MutinyEmitter<byte[]> emitter;
    private final Clock clock;

    public DeadLetters(@Channel(CHANNEL) MutinyEmitter<byte[]> emitter, Clock clock) {
        this.emitter = emitter;
        this.clock = clock;
    }

    /** A record that failed; waits for the broker's ack so the source offset is committed only after. */
    public void record(ConsumerRecord<String, byte[]> record, Throwable cause) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(KIND, bytes("record"));
        headers.add(REASON, bytes(String.valueOf(cause)));
        headers.add(SOURCE, bytes(CloudEventRecords.describe(record)));
        send(record.key(), record.value(), headers);
    }

    /** A delivery given up on. */
    public void delivery(String deliveryId, String reason, byte[] summary) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(KIND, bytes("delivery"));
        headers.add(REASON, bytes(reason));
        headers.add(SOURCE, bytes(deliveryId));
        headers.add("dlq-time", bytes(clock.instant().toString()));
        send(deliveryId, summary, headers);
    }

    private void send(String key, byte[] value, RecordHeaders headers) {
        Message<byte[]> message = Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.NOTIFICATIONS_DLQ).withKey(key).withHeaders(headers).build());
        emitter.sendMessage(message).await().atMost(Duration.ofSeconds(30));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
