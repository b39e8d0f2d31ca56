package org.innomatch.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings for limiters built without Quarkus: one limit for every caller, the {@code partner} role included. */
final class TestLimits {

    private TestLimits() {
    }

    static RateLimitSettings of(int capacity, int refillPerMinute) {
        RateLimitSettings.Limit limit = new RateLimitSettings.Limit() {
            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public int refillPerMinute() {
                return refillPerMinute;
            }
        };
        return new RateLimitSettings() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Limit defaultLimit() {
                return limit;
            }

            @Override
            public Map<String, Limit> roles() {
                return Map.of("partner", limit);
            }

            @Override
            public int maxBuckets() {
                return 1_000;
            }

            @Override
            public Optional<String> sharedTopic() {
                return Optional.empty();
            }

            @Override
            public Duration shareInterval() {
                return Duration.ofMillis(100);
            }
        };
    }
}
