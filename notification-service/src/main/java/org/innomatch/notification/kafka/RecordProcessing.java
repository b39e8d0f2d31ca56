package org.innomatch.notification.kafka;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventFormatException;
import org.innomatch.messaging.CloudEventRecords;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;

/**
 * How the effect consumers handle a record: the handler runs before the offset can be committed (the method
 * returns only afterwards), so nothing is lost. A Mongo failure (an outage) is retried with backoff for as long
 * as it lasts — the partition waits rather than dropping the event. An unreadable record, or one whose handling
 * fails for another reason {@code max-attempts} times, goes to the dead-letter topic and the partition moves on.
 */
@ApplicationScoped
public class RecordProcessing {

    private static final Logger LOG = Logger.getLogger(RecordProcessing.class);

    private final DeadLetters deadLetters;
    private final int maxAttempts;
    private final Duration maxBackoff;

    public RecordProcessing(DeadLetters deadLetters,
            @ConfigProperty(name = "innomatch.consumers.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "innomatch.consumers.max-backoff", defaultValue = "10s") Duration maxBackoff) {
        this.deadLetters = deadLetters;
        this.maxAttempts = maxAttempts;
        this.maxBackoff = maxBackoff;
    }

    public void handle(ConsumerRecord<String, byte[]> record, Consumer<ConsumerRecord<String, byte[]>> handler) {
        int failures = 0;
        long backoffMillis = 100;
        while (true) {
            try {
                handler.accept(record);
                return;
            } catch (EventFormatException | IllegalArgumentException e) {
                LOG.warnf("Dead-lettering unreadable record %s: %s", CloudEventRecords.describe(record),
                        e.getMessage());
                deadLetter(record, e);
                return;
            } catch (MongoException e) {
                if (isDuplicateKey(e)) {
                    return;
                }
                LOG.warnf("Mongo failed handling %s, retrying in %d ms: %s", CloudEventRecords.describe(record),
                        backoffMillis, e.getMessage());
            } catch (RuntimeException e) {
                failures++;
                if (failures >= maxAttempts) {
                    LOG.errorf(e, "Dead-lettering %s after %d attempts", CloudEventRecords.describe(record), failures);
                    deadLetter(record, e);
                    return;
                }
                LOG.warnf("Handling %s failed (attempt %d), retrying: %s", CloudEventRecords.describe(record),
                        failures, e);
            }
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
        }
    }

    /** The record must reach the dead-letter topic before its offset moves on: a broker outage is waited out. */
    private void deadLetter(ConsumerRecord<String, byte[]> record, Throwable cause) {
        long backoffMillis = 100;
        while (true) {
            try {
                deadLetters.record(record, cause);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Dead-lettering %s failed, retrying in %d ms: %s", CloudEventRecords.describe(record),
                        backoffMillis, e.toString());
            }
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
        }
    }

    private static boolean isDuplicateKey(MongoException e) {
        return e.getCode() == 11000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
