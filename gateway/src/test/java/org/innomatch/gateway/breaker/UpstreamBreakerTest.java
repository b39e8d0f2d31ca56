package org.innomatch.gateway.breaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class UpstreamBreakerTest {

    private static final long DELAY = TimeUnit.SECONDS.toNanos(5);

    private final AtomicLong now = new AtomicLong(1_000);
    private final UpstreamBreaker breaker = new UpstreamBreaker("matching-service", 3, DELAY, now::get);

    @Test
    void opensOnlyAfterTheThresholdOfConsecutiveFailures() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertEquals(UpstreamBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(UpstreamBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(5, breaker.retryAfterSeconds());
    }

    @Test
    void afterTheDelayLetsExactlyOneProbeThrough() {
        open();
        now.addAndGet(DELAY - 1);
        assertFalse(breaker.tryAcquire());
        now.addAndGet(1);
        assertTrue(breaker.tryAcquire(), "the probe");
        assertEquals(UpstreamBreaker.State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryAcquire(), "no second call while the probe is out");
        breaker.onSuccess();
        assertEquals(UpstreamBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedProbeOpensItForAnotherDelay() {
        open();
        now.addAndGet(DELAY);
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(UpstreamBreaker.State.OPEN, breaker.state());
        now.addAndGet(DELAY / 2);
        assertFalse(breaker.tryAcquire());
        assertEquals(3, breaker.retryAfterSeconds());
    }

    @Test
    void aProbeThatNeverReportsIsGivenUpAfterAnotherDelay() {
        open();
        now.addAndGet(DELAY);
        assertTrue(breaker.tryAcquire());
        now.addAndGet(DELAY - 1);
        assertFalse(breaker.tryAcquire());
        now.addAndGet(1);
        assertTrue(breaker.tryAcquire(), "a new probe");
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        assertEquals(UpstreamBreaker.State.OPEN, breaker.state());
    }
}
