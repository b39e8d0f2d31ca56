package org.innomatch.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Token-bucket limits per caller. Every caller (an API key, a token subject, or failing both the client address)
 * has its own bucket of {@code capacity} tokens refilled continuously at {@code refill-per-minute}; each call
 * takes one. A role listed under {@code roles} (set by authentication) gets its own limit instead of the default.
 * With {@code shared-topic}, the gateway instances tell each other what their callers spent, so that a caller's
 * limit holds across all of them.
 */
@ConfigMapping(prefix = "innomatch.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    @WithName("default")
    Limit defaultLimit();

    /** Overrides by caller role ({@code admin}, {@code partner}, {@code participant}). */
    Map<String, Limit> roles();

    /** Buckets kept in memory (per gateway instance); beyond it the least recently used are dropped. */
    @WithDefault("100000")
    int maxBuckets();

    /**
     * A Kafka topic (at {@code kafka.bootstrap.servers}) through which the gateway instances share what their
     * callers spent; without it each instance limits on its own, and n instances allow up to n times a limit.
     */
    Optional<String> sharedTopic();

    /** How often an instance tells the others what its callers spent since it last did. */
    @WithDefault("200ms")
    Duration shareInterval();

    interface Limit {

        /** Burst size: calls a rested caller may make at once. */
        int capacity();

        /** Sustained rate: tokens added per minute, spread evenly. */
        int refillPerMinute();

        /** How long an empty bucket takes to fill up again. */
        default Duration timeToFill() {
            return Duration.ofNanos(timeToRefillNanos(capacity()));
        }

        default long timeToRefillNanos(long tokens) {
            return (long) Math.ceil(tokens * 60e9 / refillPerMinute());
        }
    }

    default Limit limitFor(String role) {
        if (role != null) {
            Limit override = roles().get(role);
            if (override != null) {
                return override;
            }
        }
        return defaultLimit();
    }
}
