package org.innomatch.gateway.auth.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.innomatch.gateway.auth.KeySettings;
import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.TopicSpec;
import org.innomatch.messaging.KafkaClientConfig;
import org.innomatch.problems.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the broker gone, an admin's change is refused as unavailable (and may be retried), never half applied. */
class ApiKeyTopicOutageTest {

    @TempDir
    Path dir;

    @Test
    void aChangeTheBrokerDoesNotConfirmIsRefusedWith503AndNotApplied() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts(dir).start();
        broker.createTopics(List.of(TopicSpec.compacted("innomatch.api-keys", 1)));
        ApiKeyStore store = new ApiKeyStore(Optional.empty(), KeySettings.JSON,
                Optional.of(new ApiKeyStore.TopicSettings(KafkaClientConfig.forBroker(broker.bootstrapServers()),
                        "innomatch.api-keys",
                        Duration.ofSeconds(30), Duration.ofSeconds(1))));
        try {
            ApiKeys keys = new ApiKeys(store, KeySettings.of(Optional.empty(), Optional.of("innomatch.api-keys")));
            ApiKeys.Created kept = keys.create("kept", "enterprise-pk");
            broker.stop();

            ProblemException refused = assertThrows(ProblemException.class,
                    () -> keys.create("while Kafka is away", null));
            assertEquals(503, refused.status());
            assertEquals("https://innomatch.org/problems/api-key-store-unavailable", refused.problem().type());
            assertEquals("5", refused.headers().get("Retry-After"));
            assertEquals(List.of("kept"), keys.list().stream().map(StoredApiKey::name).toList());
            assertThrows(ProblemException.class, () -> keys.revoke(kept.record().id()));
            // Not revoked here either: the admin is told to retry, and the key works as on the other instances.
            assertEquals("enterprise-pk", keys.authenticate(kept.key()).partnerId());
        } finally {
            store.close();
            broker.stop();
        }
    }
}
