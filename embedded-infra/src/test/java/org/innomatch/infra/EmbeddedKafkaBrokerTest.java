package org.innomatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void producesAndConsumesAndKeepsDataAcrossRestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts(dir).start()) {
            broker.createTopics(List.of(TopicSpec.compacted("innomatch.profiles", 2), TopicSpec.plain("plain", 1),
                    TopicSpec.shortLived("short", 1, Duration.ofMinutes(1))));
            broker.createTopics(List.of(TopicSpec.compacted("innomatch.profiles", 2))); // idempotent

            try (Admin admin = broker.admin()) {
                ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, "innomatch.profiles");
                ConfigEntry policy = admin.describeConfigs(List.of(r)).all().get(10, TimeUnit.SECONDS)
                        .get(r).get("cleanup.policy");
                assertEquals("compact", policy.value());
                ConfigResource shortLived = new ConfigResource(ConfigResource.Type.TOPIC, "short");
                var configs = admin.describeConfigs(List.of(shortLived)).all().get(10, TimeUnit.SECONDS)
                        .get(shortLived);
                assertEquals("60000", configs.get("retention.ms").value());
                assertEquals("60000", configs.get("segment.ms").value());
                assertEquals("delete", configs.get("cleanup.policy").value());
            }

            produce(broker, "innomatch.profiles", Map.of("p1", "first", "p2", "second"));
            assertEquals(2, consumeAll(broker, "innomatch.profiles", 2).size());

            int port = broker.port();
            broker.stop();
            broker.start();
            assertEquals(port, broker.port());
            List<ConsumerRecord<String, String>> afterRestart = consumeAll(broker, "innomatch.profiles", 2);
            assertEquals(2, afterRestart.size(), "records written before the restart are still there");
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, String topic, Map<String, String> records) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (Map.Entry<String, String> e : records.entrySet()) {
                producer.send(new ProducerRecord<>(topic, e.getKey(), e.getValue())).get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static List<ConsumerRecord<String, String>> consumeAll(EmbeddedKafkaBroker broker, String topic, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        assertTrue(out.size() >= expected, "expected " + expected + " records, got " + out.size());
        return out;
    }
}
