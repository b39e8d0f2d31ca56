package org.innomatch.messaging;

import java.time.Duration;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventFormatException;
import org.jboss.logging.Logger;

/**
 * How a consumer handles one record: a record that cannot be read ({@link EventFormatException}) is thrown at once,
 * since trying again cannot help; any other failure (the database away) is retried with exponential backoff, as the
 * next records would most likely fail the same way, and thrown once {@code maxAttempts} are spent. What happens to
 * a thrown record is the caller's dead-letter policy: the SmallRye channels' {@code dead-letter-queue} failure
 * strategy, or {@link DeadLettering} for a consumer of its own.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

    /** Eight attempts, 100 ms doubling up to 5 s: a database restart of about twenty seconds is ridden out. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(5));

    private static final Logger LOG = Logger.getLogger(RetryPolicy.class);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    /** Runs {@code handling} for {@code record} until it succeeds, fails unreadably or the attempts are spent. */
    public void handle(ConsumerRecord<?, ?> record, Runnable handling) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                handling.run();
                return;
            } catch (EventFormatException e) {
                LOG.warnf("Unreadable record %s: %s", CloudEventRecords.describe(record), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                Duration backoff = backoffAfter(attempt);
                LOG.warnf(e, "Handling %s failed (attempt %d of %d), retrying in %s",
                        CloudEventRecords.describe(record), attempt, maxAttempts, backoff);
                Thread.sleep(backoff.toMillis());
            }
        }
    }

    /** The wait after the given failed attempt (1 = the first): {@code firstBackoff} doubled each time, capped. */
    public Duration backoffAfter(int attempt) {
        Duration backoff = firstBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
