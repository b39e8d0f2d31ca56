package org.innomatch.gateway.ratelimit;

/**
 * The outcome of one call against a caller's bucket, with what the {@code RateLimit-*} headers report.
 *
 * @param allowed           whether the call may proceed
 * @param limit             the bucket's capacity
 * @param remaining         tokens left after this call
 * @param resetSeconds      seconds until the bucket is full again
 * @param retryAfterSeconds for a refused call, seconds until one token is available; 0 otherwise
 */
public record RateDecision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
}
