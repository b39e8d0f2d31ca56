package org.innomatch.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The limiter's side of sharing, without Kafka: what it hands out for the others, and what it takes in. */
class RateLimiterSharingTest {

    /** 10 calls at once, then one every 6 s. */
    private final RateLimiter limiter = new RateLimiter(TestLimits.of(10, 10));

    @Test
    void theTokensEachBucketGaveOutAreTakenOnceAndRefusedCallsAreNotCounted() {
        limiter.shareUsage(true);
        for (int i = 0; i < 12; i++) {
            limiter.consume("key:a", "partner");
        }
        limiter.consume("ip:10.0.0.1", null);
        assertEquals(Set.of(new UsageReport.Entry("key:a", "partner", 10),
                new UsageReport.Entry("ip:10.0.0.1", null, 1)), Set.copyOf(limiter.takeUnshared(100)));
        assertEquals(List.of(), limiter.takeUnshared(100), "taken twice");

        limiter.consume("ip:10.0.0.1", null);
        limiter.consume("ip:10.0.0.1", null);
        assertEquals(List.of(new UsageReport.Entry("ip:10.0.0.1", null, 2)), limiter.takeUnshared(100));
    }

    @Test
    void atMostTheAskedNumberOfBucketsIsTakenAtOnceAndTheRestNextTime() {
        limiter.shareUsage(true);
        for (int i = 0; i < 5; i++) {
            limiter.consume("sub:p" + i, "participant");
        }
        List<UsageReport.Entry> first = limiter.takeUnshared(3);
        List<UsageReport.Entry> second = limiter.takeUnshared(3);
        assertEquals(3, first.size());
        assertEquals(2, second.size());
        assertEquals(Set.of("sub:p0", "sub:p1", "sub:p2", "sub:p3", "sub:p4"),
                Stream.concat(first.stream(), second.stream()).map(UsageReport.Entry::callerKey)
                        .collect(Collectors.toSet()));
    }

    @Test
    void withoutSharingNothingIsRemembered() {
        limiter.consume("key:a", "partner");
        limiter.shareUsage(true);
        limiter.consume("key:a", "partner");
        limiter.shareUsage(false);
        limiter.consume("key:a", "partner");
        limiter.shareUsage(true);
        assertEquals(List.of(), limiter.takeUnshared(100));
    }

    @Test
    void tokensSpentElsewhereLeaveTheBucketInDebtAndTheRefusalSaysHowLongItTakesToPayOff() {
        limiter.absorb("key:a", "partner", 4);
        RateDecision allowed = limiter.consume("key:a", "partner");
        assertTrue(allowed.allowed());
        assertEquals(5, allowed.remaining());

        limiter.absorb("key:a", "partner", 8);
        // 5 - 8 = -3 tokens: 4 must come back, at one every 6 s, before the next call; 13 before it is full.
        RateDecision refused = limiter.consume("key:a", "partner");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfterSeconds() > 18 && refused.retryAfterSeconds() <= 24, refused.toString());
        assertTrue(refused.resetSeconds() > 72 && refused.resetSeconds() <= 78, refused.toString());
        // Another caller, or the same key under another role, has a bucket of its own.
        assertTrue(limiter.consume("key:b", "partner").allowed());
        assertTrue(limiter.consume("key:a", null).allowed());
    }

    @Test
    void anAbsurdFigureFromElsewhereIsBoundedToACapacityAndAMinutesRefill() {
        limiter.absorb("key:a", "partner", Long.MAX_VALUE / 2);
        RateDecision refused = limiter.consume("key:a", "partner");
        assertFalse(refused.allowed());
        // 10 - (10 + 10) = -10 tokens: 11 to wait for, 66 s; unbounded it would be refused for ages (or overflow).
        assertTrue(refused.retryAfterSeconds() > 60 && refused.retryAfterSeconds() <= 66, refused.toString());
    }
}
