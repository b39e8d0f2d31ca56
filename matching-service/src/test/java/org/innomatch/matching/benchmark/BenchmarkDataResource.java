package org.innomatch.matching.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.infra.quarkus.KafkaTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Generates the benchmark population and produces it to the embedded broker before the application starts,
 * as profile-service and project-service would have; the service then builds its index by replaying the topics.
 * Sizes: system properties {@code bench.profiles} (default 100000), {@code bench.projects} (20000), {@code bench.seed} (42).
 */
public class BenchmarkDataResource implements QuarkusTestResourceLifecycleManager {

    static volatile BenchmarkData data;
    static volatile long produceMillis;
    static volatile long generateMillis;

    @Override
    public Map<String, String> start() {
        int profiles = Integer.getInteger("bench.profiles", 100_000);
        int projects = Integer.getInteger("bench.projects", 20_000);
        long t0 = System.nanoTime();
        data = new BenchmarkData(profiles, projects, Long.getLong("bench.seed", 42));
        generateMillis = (System.nanoTime() - t0) / 1_000_000;

        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        AtomicReference<Exception> failure = new AtomicReference<>();
        long t1 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            data.profiles.forEach(profile -> send(producer, EventType.PROFILE_UPSERTED, profile, failure));
            data.projects.forEach(project -> send(producer, EventType.PROJECT_UPSERTED, project, failure));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not produce the benchmark data", failure.get());
        }
        produceMillis = (System.nanoTime() - t1) / 1_000_000;
        return Map.of();
    }

    private static void send(KafkaProducer<String, byte[]> producer, EventType type, Object payload,
                             AtomicReference<Exception> failure) {
        EventEnvelope<Object> event = EventEnvelope.of(type, "/benchmark", payload);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), event.value());
        event.headers().forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    @Override
    public void stop() {
        data = null;
    }

    @Override
    public int order() {
        return 100;
    }
}
