package org.innomatch.matching.testing;

import java.util.Map;

import org.innomatch.infra.quarkus.KafkaTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Produces {@link SeedProfiles} after the broker started and before the application starts. */
public class ReplaySeedResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (TestEvents events = new TestEvents(KafkaTestResource.broker().bootstrapServers())) {
            SeedProfiles.produce(events);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }

    /** After {@link KafkaTestResource} (order 0). */
    @Override
    public int order() {
        return 100;
    }
}
