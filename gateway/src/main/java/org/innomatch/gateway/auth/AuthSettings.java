package org.innomatch.gateway.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the gateway authenticates callers and what it forwards. Bearer tokens are verified by SmallRye JWT with the
 * standard {@code mp.jwt.verify.issuer} and {@code mp.jwt.verify.publickey.location}; the internal token is signed
 * with the key at {@code smallrye.jwt.sign.key.location}.
 */
@ConfigMapping(prefix = "innomatch.auth")
public interface AuthSettings {

    /**
     * Where a single gateway keeps API keys (hashes only); without it, and without {@link #apiKeysTopic()}, they
     * live in memory and are lost on restart. With a topic the file is only read: keys in it that the topic lacks
     * are copied there at start-up (an upgrade from a single gateway), and it is never written again.
     */
    Optional<Path> apiKeysFile();

    /**
     * A compacted Kafka topic (at {@code kafka.bootstrap.servers}) that every gateway instance keeps API keys in
     * and reads them from.
     */
    Optional<String> apiKeysTopic();

    /** How long start-up may take to read the API keys topic before the gateway gives up. */
    @WithDefault("60s")
    Duration apiKeysCatchUpTimeout();

    /**
     * SHA-256 (hex) of admin API keys given by configuration, e.g. the dev admin key local-stack prints. A way
     * into the admin endpoints before any key exists.
     */
    Optional<List<String>> adminKeySha256();

    /** How long an internal token forwarded to a service is valid. */
    @WithDefault("60s")
    Duration internalTokenLifetime();

    DevTokens devTokens();

    /** The dev-only mint of participant/admin bearer tokens, {@code POST /api/v1/dev/tokens}; never in production. */
    interface DevTokens {

        @WithDefault("false")
        boolean enabled();

        /** Private key matching {@code mp.jwt.verify.publickey.location}. */
        Optional<String> privateKeyLocation();

        @WithDefault("8h")
        Duration maxLifetime();
    }
}
