package org.innomatch.notification.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.BsonDocument;
import org.innomatch.events.EventFormatException;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

/** Focused unit test of the retry policy; the dead-letter topic is replaced by a list. */
class RecordProcessingTest {

    private final List<ConsumerRecord<String, byte[]>> deadLettered = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();
    private final RecordProcessing processing = new RecordProcessing(new DeadLetters(null, Clock.systemUTC()) {
        @Override
        public void record(ConsumerRecord<String, byte[]> record, Throwable cause) {
            deadLettered.add(record);
            causes.add(cause);
        }
    }, 3, Duration.ofMillis(20));
    private final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("innomatch.matches", 0, 7, "k", new byte[0]);

    @Test
    void aMongoOutageIsWaitedOutAndTheRecordIsHandledNotDropped() {
        AtomicInteger calls = new AtomicInteger();
        processing.handle(record, r -> {
            if (calls.incrementAndGet() <= 5) {
                throw new MongoSocketOpenException("connection refused", new ServerAddress("127.0.0.1", 1));
            }
        });
        assertEquals(6, calls.get());
        assertTrue(deadLettered.isEmpty());
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        EventFormatException bad = new EventFormatException("t", "bad json", null);
        processing.handle(record, r -> {
            calls.incrementAndGet();
            throw bad;
        });
        assertEquals(1, calls.get());
        assertEquals(List.of(record), deadLettered);
        assertSame(bad, causes.get(0));
    }

    @Test
    void aRecordThatKeepsFailingIsDeadLetteredAfterTheConfiguredAttempts() {
        AtomicInteger calls = new AtomicInteger();
        processing.handle(record, r -> {
            calls.incrementAndGet();
            throw new IllegalStateException("bug");
        });
        assertEquals(3, calls.get());
        assertEquals(List.of(record), deadLettered);
    }

    @Test
    void aDuplicateKeyMeansAlreadyDone() {
        AtomicInteger calls = new AtomicInteger();
        processing.handle(record, r -> {
            calls.incrementAndGet();
            throw new MongoWriteException(new WriteError(11000, "E11000 duplicate key", new BsonDocument()),
                    new ServerAddress("127.0.0.1", 1), java.util.Set.of());
        });
        assertEquals(1, calls.get());
        assertTrue(deadLettered.isEmpty());
    }
}
