package org.innomatch.gateway.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Authentication settings for tests of the API key stores: a file or a topic for the keys, and nothing else. */
public final class KeySettings {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private KeySettings() {
    }

    public static AuthSettings of(Optional<Path> file, Optional<String> topic) {
        return new AuthSettings() {
            @Override
            public Optional<Path> apiKeysFile() {
                return file;
            }

            @Override
            public Optional<String> apiKeysTopic() {
                return topic;
            }

            @Override
            public Duration apiKeysCatchUpTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Optional<List<String>> adminKeySha256() {
                return Optional.empty();
            }

            @Override
            public Duration internalTokenLifetime() {
                return Duration.ofSeconds(60);
            }

            @Override
            public DevTokens devTokens() {
                return null;
            }
        };
    }
}
