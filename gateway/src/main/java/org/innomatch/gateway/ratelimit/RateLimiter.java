package org.innomatch.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets in memory, one per caller key, in a cache bounded by {@code max-buckets}. A bucket idle for longer
 * than the slowest limit takes to fill is full anyway, so dropping it loses nothing; size-based eviction, reached
 * only with more active callers than the bound, resets the least recently seen caller. The buckets belong to this
 * gateway instance: with n instances behind a balancer a caller may get up to n times its limit.
 */
// A plain singleton, built at startup: no client proxy on the per-call path, nothing loaded on the first call.
@Singleton
public class RateLimiter {

    private record MeteredBucket(Bucket bucket, RateLimitSettings.Limit limit) {
    }

    private final RateLimitSettings settings;
    private final Cache<String, MeteredBucket> buckets;

    public RateLimiter(RateLimitSettings settings) {
        this.settings = settings;
        Duration idle = settings.defaultLimit().timeToFill();
        for (RateLimitSettings.Limit limit : settings.roles().values()) {
            idle = limit.timeToFill().compareTo(idle) > 0 ? limit.timeToFill() : idle;
        }
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.maxBuckets())
                .expireAfterAccess(idle.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS)
                // Maintenance on the calling thread: no pool thread competing with the event loops.
                .executor(Runnable::run)
                .build();
    }

    /** Takes one token from the bucket of {@code key}, created with the limit of {@code role} when first seen. */
    public RateDecision consume(String key, String role) {
        // The role is part of the key so that a caller whose role changes never keeps the other role's bucket.
        MeteredBucket metered = buckets.get(role == null ? key : key + "|" + role, k -> newBucket(role));
        RateLimitSettings.Limit limit = metered.limit();
        ConsumptionProbe probe = metered.bucket().tryConsumeAndReturnRemaining(1);
        long remaining = probe.getRemainingTokens();
        long reset = seconds(limit.timeToRefillNanos(limit.capacity() - remaining));
        if (probe.isConsumed()) {
            return new RateDecision(true, limit.capacity(), remaining, reset, 0);
        }
        return new RateDecision(false, limit.capacity(), 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private MeteredBucket newBucket(String role) {
        RateLimitSettings.Limit limit = settings.limitFor(role);
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1))
                        .build())
                .build();
        return new MeteredBucket(bucket, limit);
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
