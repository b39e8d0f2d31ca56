package org.innomatch.gateway.breaker;

import java.util.function.LongSupplier;

/**
 * The circuit breaker of one service. Closed, it lets everything through and counts consecutive failures; at the
 * threshold it opens and refuses every call for the open delay; then it lets exactly one probe through (half-open):
 * success closes it, failure opens it again. A probe that never reports (its client went away) is given up after
 * another open delay, so the breaker cannot stick half-open.
 * <p>
 * Only failures to get a response count: a service answering 500 is up, and that answer is the client's to see.
 */
public final class UpstreamBreaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final String service;
    private final int failureThreshold;
    private final long openDelayNanos;
    private final LongSupplier nanoClock;

    private volatile State state = State.CLOSED;
    private volatile int consecutiveFailures;
    /** OPEN: when a probe may go; HALF_OPEN: when the outstanding probe is given up. */
    private long deadline;

    public UpstreamBreaker(String service, int failureThreshold, long openDelayNanos, LongSupplier nanoClock) {
        this.service = service;
        this.failureThreshold = failureThreshold;
        this.openDelayNanos = openDelayNanos;
        this.nanoClock = nanoClock;
    }

    public String service() {
        return service;
    }

    public State state() {
        return state;
    }

    /** Whether a call may go to the service now; {@code true} while half-open means this call is the probe. */
    public boolean tryAcquire() {
        if (state == State.CLOSED) {
            return true;
        }
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (state == State.CLOSED) {
                return true;
            }
            if (now - deadline < 0) {
                return false;
            }
            state = State.HALF_OPEN;
            deadline = now + openDelayNanos;
            return true;
        }
    }

    public void onSuccess() {
        if (state == State.CLOSED && consecutiveFailures == 0) {
            return;
        }
        synchronized (this) {
            consecutiveFailures = 0;
            state = State.CLOSED;
        }
    }

    public void onFailure() {
        synchronized (this) {
            int failures = consecutiveFailures + 1;
            consecutiveFailures = failures;
            if (state == State.HALF_OPEN || (state == State.CLOSED && failures >= failureThreshold)) {
                state = State.OPEN;
                deadline = nanoClock.getAsLong() + openDelayNanos;
            }
        }
    }

    /** Whole seconds (at least 1) until an open breaker lets a probe through; for {@code Retry-After}. */
    public synchronized long retryAfterSeconds() {
        long left = Math.max(0, deadline - nanoClock.getAsLong());
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
