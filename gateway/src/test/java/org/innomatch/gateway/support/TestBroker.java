package org.innomatch.gateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.TopicSpec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real KRaft broker for the tests of one class ({@code @RegisterExtension static final TestBroker broker}), and a
 * fresh topic per test, so that no test reads another's records.
 */
public final class TestBroker implements BeforeAllCallback, AfterAllCallback {

    private Path directory;
    private EmbeddedKafkaBroker broker;
    private int topics;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("innomatch-gateway-kafka-");
        broker = EmbeddedKafkaBroker.onFreePorts(directory).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        broker.stop();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Creates {@code <prefix>.test-<n>} as {@code spec} makes it from that name, and answers the name. */
    public String newTopic(String prefix, Function<String, TopicSpec> spec) {
        String name = prefix + ".test-" + ++topics;
        broker.createTopics(List.of(spec.apply(name)));
        return name;
    }
}
