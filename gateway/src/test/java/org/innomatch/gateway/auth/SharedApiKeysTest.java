package org.innomatch.gateway.auth;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innomatch.gateway.auth.keys.ApiKeyStore;
import org.innomatch.gateway.auth.keys.ApiKeys;
import org.innomatch.gateway.support.TestBroker;
import org.innomatch.infra.TopicSpec;
import org.innomatch.messaging.KafkaClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several gateway instances share their API keys through one compacted topic on a real broker: a key created on
 * one is accepted by the others, a key revoked on one is refused by all, an instance started later knows every
 * key and revocation, and keys kept in a single gateway's file move into the topic.
 */
class SharedApiKeysTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @RegisterExtension
    static final TestBroker BROKER = new TestBroker();

    private final List<ApiKeyStore> stores = new ArrayList<>();
    private String topic;

    @AfterEach
    void closeStores() {
        stores.forEach(ApiKeyStore::close);
    }

    /** A fresh topic per test, so that no test sees another's keys. */
    private static String newTopic() {
        return BROKER.newTopic("innomatch.api-keys", name -> TopicSpec.compacted(name, 1));
    }

    private ApiKeys instance() {
        return instance(Optional.empty());
    }

    private ApiKeys instance(Optional<Path> file) {
        AuthSettings settings = KeySettings.of(file, Optional.of(topic));
        ApiKeyStore store = new ApiKeyStore(settings, KeySettings.JSON,
                KafkaClientConfig.forBroker(BROKER.bootstrapServers()));
        stores.add(store);
        return new ApiKeys(store, settings);
    }

    @Test
    void aKeyCreatedOnOneInstanceIsAcceptedByAnotherAndRefusedByAllOnceRevokedOnAThird() throws Exception {
        topic = newTopic();
        ApiKeys a = instance();
        ApiKeys b = instance();
        ApiKeys c = instance();
        ApiKeys.Created created = a.create("embassy portal", "embassy-pl");
        // Accepted at once on the instance that created it; on the others as soon as they have read the record.
        assertEquals("embassy-pl", a.authenticate(created.key()).partnerId());
        await("instance b never accepted the key created on a").atMost(PATIENCE).until(() -> accepts(b, created.key()));
        assertEquals("embassy-pl", b.authenticate(created.key()).partnerId());
        await("instance c never accepted the key created on a").atMost(PATIENCE).until(() -> accepts(c, created.key()));

        c.revoke(created.record().id());
        // Refused at once where it was revoked; elsewhere once read, though a and b had accepted it before.
        assertThrows(AuthenticationException.class, () -> c.authenticate(created.key()));
        await("instance a still accepts a key revoked on c").atMost(PATIENCE).until(() -> !accepts(a, created.key()));
        await("instance b still accepts a key revoked on c").atMost(PATIENCE).until(() -> !accepts(b, created.key()));
        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> a.authenticate(created.key()));
        assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
        assertTrue(b.find(created.record().id()).orElseThrow().revoked());
    }

    @Test
    void anInstanceStartedLaterKnowsEveryKeyAndRevocationBeforeItServes() {
        topic = newTopic();
        ApiKeys first = instance();
        ApiKeys.Created kept = first.create("kept", "university-ca");
        ApiKeys.Created revoked = first.create("revoked", null);
        first.revoke(revoked.record().id());

        // Its constructor returns only once the topic has been read to where it ended: no waiting here.
        ApiKeys later = instance();
        assertEquals("university-ca", later.authenticate(kept.key()).partnerId());
        assertThrows(AuthenticationException.class, () -> later.authenticate(revoked.key()));
        assertEquals(List.of("kept", "revoked"), later.list().stream().map(key -> key.name()).toList());
    }

    @Test
    void keysASingleGatewayKeptInItsFileAreCopiedIntoTheTopicAtStartUpAndTheFileIsNoLongerWritten(
            @TempDir Path dir) throws Exception {
        topic = newTopic();
        Path file = dir.resolve("api-keys.json");
        AuthSettings single = KeySettings.of(Optional.of(file), Optional.empty());
        ApiKeys before = new ApiKeys(
                new ApiKeyStore(single, KeySettings.JSON, new KafkaClientConfig(Map.of())), single);
        ApiKeys.Created kept = before.create("kept", "institute-il");
        ApiKeys.Created revoked = before.create("revoked", null);
        before.revoke(revoked.record().id());
        String written = Files.readString(file);

        ApiKeys upgraded = instance(Optional.of(file));
        assertEquals("institute-il", upgraded.authenticate(kept.key()).partnerId());
        assertThrows(AuthenticationException.class, () -> upgraded.authenticate(revoked.key()));
        // In the topic: an instance that never saw the file knows both, the revocation included.
        ApiKeys other = instance();
        assertEquals("institute-il", other.authenticate(kept.key()).partnerId());
        assertTrue(other.find(revoked.record().id()).orElseThrow().revoked());

        ApiKeys.Created created = upgraded.create("after the upgrade", null);
        upgraded.revoke(kept.record().id());
        await("instance other never accepted the key created after").atMost(PATIENCE)
                .until(() -> accepts(other, created.key()));
        assertEquals(written, Files.readString(file), "the file is still written");
    }

    private static boolean accepts(ApiKeys keys, String key) {
        try {
            keys.authenticate(key);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
