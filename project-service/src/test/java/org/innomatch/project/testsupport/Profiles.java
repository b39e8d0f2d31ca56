package org.innomatch.project.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.project.knownprofiles.KnownProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Plays profile-service: publishes profiles on innomatch.profiles, as it would through its outbox. */
public final class Profiles {

    private static KafkaProducer<String, byte[]> producer;
    private static UUID shared;

    private Profiles() {
    }

    /** A profile every test may own projects with; published once per test JVM. */
    public static synchronized UUID shared() {
        if (shared == null) {
            shared = known("Beijing Technology Transaction Promotion Centre");
        }
        return shared;
    }

    /** A new profile, published and awaited until project-service knows it. */
    public static UUID known(String name) {
        UUID id = UUID.randomUUID();
        publish(upserted(id, 1, name));
        awaitKnown(id);
        return id;
    }

    /** A new profile registered by partner portal {@code partnerId}, published and awaited. */
    public static UUID knownOwnedBy(String name, String partnerId) {
        UUID id = UUID.randomUUID();
        publish(upserted(id, 1, name, partnerId));
        awaitKnown(id);
        return id;
    }

    public static ProfileUpserted upserted(UUID id, long version, String name) {
        return upserted(id, version, name, null);
    }

    /** A new HIDDEN profile registered by partner portal {@code partnerId}, published and awaited. */
    public static UUID knownHiddenOwnedBy(String name, String partnerId) {
        UUID id = UUID.randomUUID();
        publish(upserted(id, 1, name, partnerId, "HIDDEN"));
        awaitKnown(id);
        return id;
    }

    public static ProfileUpserted upserted(UUID id, long version, String name, String ownerPartnerId) {
        return upserted(id, version, name, ownerPartnerId, "PUBLIC");
    }

    public static ProfileUpserted upserted(UUID id, long version, String name, String ownerPartnerId,
                                           String visibility) {
        Instant now = Instant.now();
        return new ProfileUpserted(id, name, "RESEARCH_INSTITUTE", name, "CN", List.of("HEALTH"),
                "clinical trial sites", "medtech partners", List.of("medtech"), List.of("JOINT_RESEARCH"),
                List.of("zh", "en"), new ProfileUpserted.Contact("contact@example.org", null, null), visibility, ownerPartnerId,
                version, now, now);
    }

    public static RecordMetadata publish(ProfileUpserted profile) {
        return send(EventEnvelope.of(EventType.PROFILE_UPSERTED, "/profile-service", profile));
    }

    /** The tombstone profile-service publishes on erasure: null value, CloudEvents headers. */
    public static RecordMetadata erase(UUID id) {
        return send(EventEnvelope.of(EventType.PROFILE_DELETED, "/profile-service", new ProfileDeleted(id, Instant.now())));
    }

    public static RecordMetadata send(EventEnvelope<?> envelope) {
        return sendRaw(envelope.subject(), envelope.headers(), envelope.value());
    }

    public static RecordMetadata sendRaw(String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PROFILES, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            return producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not publish to " + Topics.PROFILES, e);
        }
    }

    public static void awaitKnown(UUID id) {
        await(id, "known", profile -> profile != null && !profile.deleted);
    }

    public static void awaitVersion(UUID id, long version) {
        await(id, "at version " + version, profile -> profile != null && profile.version == version);
    }

    public static void awaitErased(UUID id) {
        await(id, "erased", profile -> profile != null && profile.deleted);
    }

    public static KnownProfile stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> KnownProfile.<KnownProfile>findById(id));
    }

    private static void await(UUID id, String state, java.util.function.Predicate<KnownProfile> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.test(stored(id))) {
                return;
            }
            TopicReader.sleep(50);
        }
        throw new AssertionError("Profile " + id + " not " + state + " within 30s");
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
