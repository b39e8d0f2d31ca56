package org.innomatch.messaging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * What every raw Kafka client of a service ({@code KafkaProducer}, {@code KafkaConsumer}, {@code Admin}) is built
 * from: each {@code kafka.*} property of the service's configuration, the prefix dropped — the properties Quarkus
 * hands its own Kafka connector, read the same way (an environment variable {@code KAFKA_SECURITY_PROTOCOL} is
 * {@code security.protocol}). So a TLS or SASL broker ({@code security.protocol}, {@code sasl.*}, {@code ssl.*})
 * is configuration only, for every client alike.
 */
@ApplicationScoped
public class KafkaClientConfig {

    private static final String PREFIX = "kafka.";

    private final Map<String, String> shared;

    @Inject
    public KafkaClientConfig(Config config) {
        this(kafkaProperties(config));
    }

    /** From the {@code kafka.*} properties with the prefix already dropped, e.g. {@code bootstrap.servers}. */
    public KafkaClientConfig(Map<String, String> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** Only {@code bootstrap.servers}: for tests and tools that talk to a plain local broker. */
    public static KafkaClientConfig forBroker(String bootstrapServers) {
        return new KafkaClientConfig(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** {@code kafka.bootstrap.servers}, when Kafka is configured at all. */
    public Optional<String> bootstrapServers() {
        return Optional.ofNullable(shared.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)).filter(s -> !s.isBlank());
    }

    /** The shared settings a producer knows, then {@code own} (its acks, timeouts, client id) over them. */
    public Properties producer(Map<String, ?> own) {
        return build(ProducerConfig.configNames(), own);
    }

    /**
     * A producer whose every record is acknowledged by all in-sync replicas and written once despite retries
     * ({@code acks=all}, idempotence), then {@code own} (timeouts, linger) over that.
     */
    public Properties acknowledgedProducer(Map<String, ?> own) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.putAll(own);
        return producer(settings);
    }

    /** The shared settings a consumer knows, then {@code own} (its group, offsets, client id) over them. */
    public Properties consumer(Map<String, ?> own) {
        return build(ConsumerConfig.configNames(), own);
    }

    /** The shared settings an admin client knows, then {@code own} over them. */
    public Properties admin(Map<String, ?> own) {
        return build(AdminClientConfig.configNames(), own);
    }

    /**
     * A setting that belongs to another kind of client only (a consumer's {@code session.timeout.ms} on a producer)
     * is left out, so the client does not warn about it; one no client knows (a plugin's) is passed on, as Kafka
     * passes such settings to the plugins it configures.
     */
    private Properties build(Set<String> known, Map<String, ?> own) {
        Properties properties = new Properties();
        shared.forEach((name, value) -> {
            if (known.contains(name) || !anyClientKnows(name)) {
                properties.put(name, value);
            }
        });
        properties.putAll(own);
        if (!properties.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalStateException("Kafka is not configured: kafka.bootstrap.servers is missing");
        }
        return properties;
    }

    private static boolean anyClientKnows(String name) {
        return ProducerConfig.configNames().contains(name) || ConsumerConfig.configNames().contains(name)
                || AdminClientConfig.configNames().contains(name);
    }

    private static Map<String, String> kafkaProperties(Config config) {
        Map<String, String> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(PREFIX) || lower.startsWith("kafka_")) {
                String key = lower.substring(PREFIX.length()).replace('_', '.');
                config.getOptionalValue(name, String.class).ifPresent(value -> properties.put(key, value));
            }
        }
        return properties;
    }
}
