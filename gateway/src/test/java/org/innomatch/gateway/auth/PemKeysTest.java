package org.innomatch.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;

import org.innomatch.caller.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemKeysTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSameKeyFromTheClassPathAFileUrlAndAPlainPath() throws Exception {
        PrivateKey fromClassPath = PemKeys.privateKey(TestTokens.INTERNAL_PRIVATE_KEY);
        Path file = dir.resolve("key.pem");
        try (var in = getClass().getClassLoader().getResourceAsStream(TestTokens.INTERNAL_PRIVATE_KEY)) {
            Files.write(file, in.readAllBytes());
        }
        assertArrayEquals(fromClassPath.getEncoded(), PemKeys.privateKey("file:" + file.toAbsolutePath()).getEncoded());
        assertArrayEquals(fromClassPath.getEncoded(), PemKeys.privateKey(file.toString()).getEncoded());
        assertArrayEquals(fromClassPath.getEncoded(), PemKeys.privateKey("classpath:" + TestTokens.INTERNAL_PRIVATE_KEY).getEncoded());
        assertThrows(java.io.UncheckedIOException.class, () -> PemKeys.privateKey("file:" + dir.resolve("missing.pem")));
    }
}
