package org.innomatch.matching.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.projects.ProjectUpserted;

/** Builds profile and project events and writes them to the real broker as a producer service would. */
public final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TestEvents(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends and waits for the broker's acknowledgement. */
    public void send(EventType type, Object data) {
        EventEnvelope<Object> event = EventEnvelope.of(type, "/test", data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), event.value());
        for (Map.Entry<String, String> h : event.headers().entrySet()) {
            record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not produce " + type, e);
        }
    }

    /** Writes a record as given, e.g. one no consumer can read. */
    public void sendRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not produce to " + topic, e);
        }
    }

    public void upsert(ProfileUpserted profile) {
        send(EventType.PROFILE_UPSERTED, profile);
    }

    public void upsert(ProjectUpserted project) {
        send(EventType.PROJECT_UPSERTED, project);
    }

    public void deleteProfile(UUID id) {
        send(EventType.PROFILE_DELETED, new ProfileDeleted(id, Instant.now()));
    }

    public static ProfileUpserted profile(UUID id, String name, String kind, String country, List<String> sectors,
                                          String offers, String needs, List<String> keywords,
                                          List<String> cooperationTypes, List<String> languages, long version) {
        Instant now = Instant.now();
        return new ProfileUpserted(id, name, kind, name, country, sectors, offers, needs, keywords, cooperationTypes,
                languages, new ProfileUpserted.Contact("team@example.org", null, null), "PUBLIC", null, version, now, now);
    }

    public static ProjectUpserted project(UUID id, UUID owner, String title, String summary, String country,
                                          List<String> sectors, Integer trl, List<String> keywords, String status, long version) {
        Instant now = Instant.now();
        return new ProjectUpserted(id, title, summary, owner, country, sectors, trl, List.of("JOINT_RESEARCH", "INVESTMENT"),
                keywords, null, status, null, null, version, now, now);
    }

    /** {@code p} as created by the partner portal {@code partnerId}. */
    public static ProfileUpserted ownedBy(ProfileUpserted p, String partnerId) {
        return new ProfileUpserted(p.id(), p.name(), p.kind(), p.organization(), p.country(), p.sectors(), p.offers(), p.needs(),
                p.keywords(), p.cooperationTypes(), p.languages(), p.contact(), p.visibility(), partnerId, p.version(),
                p.createdAt(), p.updatedAt());
    }

    /** {@code p} as created by the partner portal {@code partnerId}. */
    public static ProjectUpserted ownedBy(ProjectUpserted p, String partnerId) {
        return new ProjectUpserted(p.id(), p.title(), p.summary(), p.ownerProfileId(), p.country(), p.sectors(), p.trl(),
                p.cooperationTypes(), p.keywords(), p.fundingSought(), p.status(), p.deadline(), partnerId, p.version(),
                p.createdAt(), p.updatedAt());
    }

    @Override
    public void close() {
        producer.close();
    }
}
