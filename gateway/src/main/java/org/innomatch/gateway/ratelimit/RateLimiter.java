package org.innomatch.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets in memory, one per caller key, in a cache bounded by {@code max-buckets}. A bucket idle for longer
 * than the slowest limit takes to fill is full anyway, so dropping it loses nothing; size-based eviction, reached
 * only with more active callers than the bound, resets the least recently seen caller.
 * <p>
 * The buckets belong to this gateway instance. When {@link SharedUsage} shares them, the tokens given out here
 * are handed to it ({@link #takeUnshared}) and the tokens other instances gave out to the same caller are taken
 * out of the bucket here ({@link #absorb}), which may leave it in debt: a caller's sustained rate then holds
 * across all instances.
 */
// A plain singleton, built at startup: no client proxy on the per-call path, nothing loaded on the first call.
@Singleton
public class RateLimiter {

    private record MeteredBucket(Bucket bucket, RateLimitSettings.Limit limit, String callerKey, String role,
                                 AtomicLong unshared) {
    }

    private final RateLimitSettings settings;
    private final Cache<String, MeteredBucket> buckets;
    /** Buckets that gave out tokens not yet reported; each at most once (when its count leaves 0). */
    private final Queue<MeteredBucket> withUnsharedUsage = new ConcurrentLinkedQueue<>();
    private volatile boolean sharing;

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
        MeteredBucket metered = bucket(key, role);
        RateLimitSettings.Limit limit = metered.limit();
        ConsumptionProbe probe = metered.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            if (sharing && metered.unshared().getAndIncrement() == 0) {
                withUnsharedUsage.offer(metered);
            }
            long remaining = probe.getRemainingTokens();
            return new RateDecision(true, limit.capacity(), remaining,
                    seconds(limit.timeToRefillNanos(limit.capacity() - remaining)), 0);
        }
        // In debt after other instances' usage, the bucket holds fewer than 0 tokens: the reset counts them too.
        long available = Math.min(0, metered.bucket().getAvailableTokens());
        long reset = seconds(limit.timeToRefillNanos(limit.capacity() - available));
        return new RateDecision(false, limit.capacity(), 0, reset, Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /**
     * From now on (or, with false, no longer) remembers the tokens given out, for {@link #takeUnshared}. Whoever
     * turns it on must take them regularly.
     */
    void shareUsage(boolean on) {
        sharing = on;
        if (!on) {
            withUnsharedUsage.clear();
        }
    }

    /** The tokens each bucket gave out since it was last taken here, for at most {@code max} buckets. */
    List<UsageReport.Entry> takeUnshared(int max) {
        List<UsageReport.Entry> taken = new ArrayList<>();
        MeteredBucket metered;
        while (taken.size() < max && (metered = withUnsharedUsage.poll()) != null) {
            // Polled before the count is reset: a call counting in between finds it above 0 and is taken here.
            long tokens = metered.unshared().getAndSet(0);
            if (tokens > 0 && UsageReport.reportable(metered.callerKey())) {
                taken.add(new UsageReport.Entry(metered.callerKey(), metered.role(), tokens));
            }
        }
        return taken;
    }

    /**
     * Takes {@code tokens} that another instance gave out to this caller out of its bucket here, whatever it holds;
     * a bucket never seen here is made first.
     */
    void absorb(String key, String role, long tokens) {
        MeteredBucket metered = bucket(key, role);
        RateLimitSettings.Limit limit = metered.limit();
        // No instance gives out more than a bucket's capacity and a minute's refill between two reports; a figure
        // beyond that is bounded, so that a wrong report cannot lock a caller out for long (nor overflow Bucket4j).
        long bounded = Math.min(tokens, (long) limit.capacity() + limit.refillPerMinute());
        if (bounded > 0) {
            metered.bucket().consumeIgnoringRateLimits(bounded);
        }
    }

    /** The tokens the caller's bucket holds here (below 0 in debt), none taken; a caller not seen here is full. */
    long available(String key, String role) {
        MeteredBucket metered = buckets.getIfPresent(bucketKey(key, role));
        return metered == null ? settings.limitFor(role).capacity() : metered.bucket().getAvailableTokens();
    }

    private MeteredBucket bucket(String key, String role) {
        // The role is part of the key so that a caller whose role changes never keeps the other role's bucket.
        return buckets.get(bucketKey(key, role), k -> newBucket(key, role));
    }

    private static String bucketKey(String key, String role) {
        return role == null ? key : key + "|" + role;
    }

    private MeteredBucket newBucket(String key, String role) {
        RateLimitSettings.Limit limit = settings.limitFor(role);
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.capacity())
                        .refillGreedy(limit.refillPerMinute(), Duration.ofMinutes(1))
                        .build())
                .build();
        return new MeteredBucket(bucket, limit, key, role, new AtomicLong());
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
