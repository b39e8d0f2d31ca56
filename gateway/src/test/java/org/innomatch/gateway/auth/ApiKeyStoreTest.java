package org.innomatch.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.innomatch.gateway.auth.keys.ApiKeyStore;
import org.innomatch.gateway.auth.keys.ApiKeys;
import org.innomatch.messaging.KafkaClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Keys survive a restart (a new store reading the same file), and the file never holds a key. */
class ApiKeyStoreTest {

    @TempDir
    Path dir;

    @Test
    void keysAndRevocationsSurviveARestartAndOnlyHashesAreWritten() throws Exception {
        Path file = dir.resolve("gateway/api-keys.json");
        ApiKeys first = keys(file);
        ApiKeys.Created kept = first.create("kept", "embassy-pl");
        ApiKeys.Created revoked = first.create("revoked", null);
        first.revoke(revoked.record().id());

        String written = Files.readString(file);
        assertFalse(written.contains(kept.key()));
        assertFalse(written.contains(kept.key().substring(21)));

        ApiKeys second = keys(file);
        assertEquals("embassy-pl", second.authenticate(kept.key()).partnerId());
        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> second.authenticate(revoked.key()));
        assertTrue(refused.getMessage().contains("revoked"));
        assertEquals(2, second.list().size());
    }

    private static ApiKeys keys(Path file) {
        AuthSettings settings = KeySettings.of(Optional.of(file), Optional.empty());
        return new ApiKeys(new ApiKeyStore(settings, KeySettings.JSON, new KafkaClientConfig(Map.of())), settings);
    }
}
