package org.innomatch.notification.support;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;

/** Producing events onto the test broker, and waiting for their effects. */
public final class TestEvents {

    /** Every test class declares the same resources, so Quarkus starts once for all of them. */
    public static final String TOPICS = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.matches:3,"
            + "innomatch.meetings:3,innomatch.events:3,innomatch.ping:1,innomatch.notifications.dlq:1,"
            + "innomatch.notifications.live:1";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static KafkaProducer<String, byte[]> producer;
    private static String bootstrapServers;

    private TestEvents() {
    }

    public static ProfileUpserted profileState(UUID id, String name, List<String> languages, String country,
            List<String> sectors, String email, String ownerPartnerId) {
        Instant now = Instant.now();
        return new ProfileUpserted(id, name, "ENTERPRISE", name, country, sectors, "offers", "needs", List.of(),
                List.of("JOINT_RESEARCH"), languages,
                email == null ? null : new ProfileUpserted.Contact(email, null, null), "PUBLIC", ownerPartnerId, 1, now, now);
    }

    /** Publishes a profile and returns its id. */
    public static UUID profile(String name, List<String> languages, String country, List<String> sectors, String email)
            throws Exception {
        UUID id = UUID.randomUUID();
        ProfileUpserted p = profileState(id, name, languages, country, sectors, email, null);
        produce(EventEnvelope.of(EventType.PROFILE_UPSERTED, "/test", id.toString(), p));
        return id;
    }

    public static void produce(EventEnvelope<?> event) throws Exception {
        send(event.type().topic(), event.subject(), event.headers(), event.value());
    }

    public static void send(String topic, String key, Map<String, String> headers, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer().send(record).get();
    }

    /** For tests that run their own broker instead of the Quarkus test resource. */
    public static synchronized void useBroker(String servers) {
        closeProducer();
        bootstrapServers = servers;
    }

    public static synchronized void closeProducer() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers != null ? bootstrapServers : KafkaTestResource.broker().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    public static void await(BooleanSupplier condition) throws InterruptedException {
        await(condition, WAIT);
    }

    public static void await(BooleanSupplier condition, Duration wait) throws InterruptedException {
        Awaitility.await().atMost(wait).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
