package org.innomatch.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventFormatException;
import org.jboss.logging.Logger;

/**
 * The {@link RetryPolicy} with a dead-letter topic behind it, for a consumer that polls Kafka itself: an unreadable
 * record goes to the dead letters and {@link #handle} returns, so the caller may commit past it — a poison record
 * neither stops the partition nor is skipped unseen. A failure that outlasts the retries is thrown: the caller
 * reads the record again (from its last commit), as an outage would fail every following record too.
 */
public record DeadLettering(RetryPolicy policy, DeadLetters deadLetters) {

    private static final Logger LOG = Logger.getLogger(DeadLettering.class);

    public void handle(ConsumerRecord<String, byte[]> record, Runnable handling) throws InterruptedException {
        try {
            policy.handle(record, handling);
        } catch (EventFormatException unreadable) {
            park(record, unreadable);
        }
    }

    // The offset must not move past the record before it is parked: a broker outage is waited out.
    private void park(ConsumerRecord<String, byte[]> record, EventFormatException cause) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                deadLetters.park(record, cause);
                LOG.warnf("Dead-lettered unreadable record %s: %s", CloudEventRecords.describe(record),
                        cause.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Dead-lettering %s failed (attempt %d), retrying: %s", CloudEventRecords.describe(record),
                        attempt, e.toString());
                Thread.sleep(policy.backoffAfter(attempt).toMillis());
            }
        }
    }
}
