package org.innomatch.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventFormatException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final ConsumerRecord<String, byte[]> RECORD = new ConsumerRecord<>("t", 0, 7, "k", null);
    private static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2));

    @Test
    void aPassingFailureIsRetriedUntilTheHandlingSucceeds() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();

        QUICK.handle(RECORD, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("database away");
            }
        });

        assertEquals(3, attempts.get());
    }

    @Test
    void theLastFailureIsThrownOnceTheAttemptsAreSpent() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalStateException last = new IllegalStateException("still away");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> QUICK.handle(RECORD, () -> {
            attempts.incrementAndGet();
            throw last;
        }));

        assertSame(last, thrown);
        assertEquals(3, attempts.get());
    }

    @Test
    void anUnreadableRecordIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(EventFormatException.class, () -> QUICK.handle(RECORD, () -> {
            attempts.incrementAndGet();
            throw new EventFormatException("t.v1", "no ce_id");
        }));

        assertEquals(1, attempts.get());
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertEquals(Duration.ofMillis(100), policy.backoffAfter(1));
        assertEquals(Duration.ofMillis(200), policy.backoffAfter(2));
        assertEquals(Duration.ofMillis(3200), policy.backoffAfter(6));
        assertEquals(Duration.ofSeconds(5), policy.backoffAfter(7));
        assertEquals(Duration.ofSeconds(5), policy.backoffAfter(1_000));
    }
}
