package org.innomatch.infra.quarkus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.TopicSpec;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real KRaft broker for a {@code @QuarkusTest} and points the application's Kafka clients at it.
 * <p>
 * Init arg {@code topics}: topics to create before the application starts, in {@link TopicSpec#parseList} form.
 * Tests that need to stop and restart the broker (outage tests) reach it through {@link #broker()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedKafkaBroker current;

    private String topics = "";
    private EmbeddedKafkaBroker broker;
    private Path directory;

    /** The broker of the running test application. */
    public static EmbeddedKafkaBroker broker() {
        EmbeddedKafkaBroker b = current;
        if (b == null) {
            throw new IllegalStateException("No embedded Kafka broker: is the test annotated with KafkaTestResource?");
        }
        return b;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        topics = initArgs.getOrDefault("topics", "");
    }

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("innomatch-kafka-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        broker = EmbeddedKafkaBroker.onFreePorts(directory).start();
        broker.createTopics(TopicSpec.parseList(topics));
        current = broker;
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        current = null;
        if (broker != null) {
            broker.stop();
        }
        TempDirectories.deleteQuietly(directory);
    }
}
