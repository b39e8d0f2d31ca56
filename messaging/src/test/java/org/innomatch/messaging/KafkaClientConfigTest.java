package org.innomatch.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class KafkaClientConfigTest {

    @Test
    void everyKafkaPropertyOfTheServiceReachesEveryKindOfClient() {
        KafkaClientConfig kafka = new KafkaClientConfig(config(Map.of(
                "kafka.bootstrap.servers", "broker-1:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.p12",
                "quarkus.application.name", "not-kafka")));

        for (Properties client : new Properties[] {kafka.producer(Map.of()), kafka.consumer(Map.of()),
                kafka.admin(Map.of())}) {
            assertEquals("broker-1:9093", client.get("bootstrap.servers"));
            assertEquals("SASL_SSL", client.get("security.protocol"));
            assertEquals("SCRAM-SHA-512", client.get("sasl.mechanism"));
            assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required;",
                    client.get("sasl.jaas.config"));
            assertEquals("/etc/kafka/truststore.p12", client.get("ssl.truststore.location"));
            assertEquals(5, client.size(), client.toString());
        }
        assertEquals(Optional.of("broker-1:9093"), kafka.bootstrapServers());
    }

    @Test
    void aClientsOwnSettingsWinAndAnotherKindOfClientsAreLeftOut() {
        KafkaClientConfig kafka = new KafkaClientConfig(Map.of(
                "bootstrap.servers", "broker-1:9092",
                "acks", "1",
                "session.timeout.ms", "10000",
                "some.plugin.setting", "x"));

        Properties producer = kafka.producer(Map.of("acks", "all"));
        Properties consumer = kafka.consumer(Map.of("group.id", "g"));

        assertEquals("all", producer.get("acks"));
        assertFalse(producer.containsKey("session.timeout.ms"));
        assertEquals("x", producer.get("some.plugin.setting"));
        assertEquals("10000", consumer.get("session.timeout.ms"));
        assertEquals("g", consumer.get("group.id"));
        assertFalse(consumer.containsKey("acks"));
        Properties acknowledged = kafka.acknowledgedProducer(Map.of("linger.ms", "5"));
        assertEquals("all", acknowledged.get("acks"));
        assertEquals("true", acknowledged.get("enable.idempotence"));
        assertEquals("5", acknowledged.get("linger.ms"));
    }

    @Test
    void withoutBootstrapServersNoClientIsBuilt() {
        KafkaClientConfig kafka = new KafkaClientConfig(config(Map.of("other", "x")));

        assertTrue(kafka.bootstrapServers().isEmpty());
        assertThrows(IllegalStateException.class, () -> kafka.consumer(Map.of()));
        assertEquals("h:1", KafkaClientConfig.forBroker("h:1").admin(Map.of()).get("bootstrap.servers"));
    }

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
