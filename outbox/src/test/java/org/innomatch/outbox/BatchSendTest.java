package org.innomatch.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class BatchSendTest {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);

    private final List<PendingEvent> events = List.of(event(1, "a"), event(2, "b"), event(3, "a"), event(4, "c"));

    @Test
    void everyAcknowledgedRowIsSentWhenNothingFails() throws Exception {
        BatchSend batch = BatchSend.of(events, scripted(ack(), ack(), ack(), ack()), ACK_TIMEOUT);

        assertTrue(batch.complete());
        assertEquals(ids(events), batch.sent());
        assertTrue(batch.failed().isEmpty());
        assertNull(batch.firstFailure());
    }

    @Test
    void rowsAfterTheFirstFailureStayUnsentEvenIfAcknowledged() throws Exception {
        RuntimeException leaderMoved = new NotLeaderOrFollowerException("leader moved");

        BatchSend batch = BatchSend.of(events, scripted(ack(), fail(leaderMoved), ack(), ack()), ACK_TIMEOUT);

        assertEquals(List.of(events.get(0).id()), batch.sent());
        assertEquals(Map.of(events.get(1).id(), leaderMoved), batch.failed());
        assertSame(leaderMoved, batch.firstFailure());
    }

    @Test
    void everyFailedRowIsReported() throws Exception {
        RuntimeException expired = new TimeoutException("Expiring 3 record(s)");

        BatchSend batch = BatchSend.of(events,
                scripted(failLater(expired), failLater(expired), ack(), failLater(expired)), ACK_TIMEOUT);

        assertTrue(batch.sent().isEmpty());
        assertEquals(Set.of(events.get(0).id(), events.get(1).id(), events.get(3).id()), batch.failed().keySet());
    }

    @Test
    void anAlreadyFailedFutureStopsTheHandOverLikeARefusal() throws Exception {
        RuntimeException noMetadata = new TimeoutException("Topic not present in metadata after 1500 ms");
        List<PendingEvent> handedOver = new ArrayList<>();
        Function<PendingEvent, Future<RecordMetadata>> producer = scripted(ack(), fail(noMetadata), ack(), ack());

        BatchSend batch = BatchSend.of(events, event -> {
            handedOver.add(event);
            return producer.apply(event);
        }, ACK_TIMEOUT);

        assertEquals(2, handedOver.size(), "rows after the failed one are not handed to the producer");
        assertEquals(List.of(events.get(0).id()), batch.sent());
        assertEquals(Map.of(events.get(1).id(), noMetadata), batch.failed());
    }

    @Test
    void aRefusedHandOverStopsTheBatchButKeepsTheAcknowledgedPrefix() throws Exception {
        RuntimeException noMetadata = new TimeoutException("Topic not present in metadata after 1500 ms");
        List<PendingEvent> handedOver = new ArrayList<>();

        BatchSend batch = BatchSend.of(events, event -> {
            if (handedOver.size() == 2) {
                throw noMetadata;
            }
            handedOver.add(event);
            return CompletableFuture.completedFuture(metadata());
        }, ACK_TIMEOUT);

        assertEquals(2, handedOver.size(), "nothing handed over after the refusal");
        assertEquals(ids(events.subList(0, 2)), batch.sent());
        assertEquals(Map.of(events.get(2).id(), noMetadata), batch.failed());
        assertSame(noMetadata, batch.firstFailure());
    }

    @Test
    void anAckThatNeverComesCountsAsAFailure() throws Exception {
        BatchSend batch = BatchSend.of(events.subList(0, 2), scripted(ack(), CompletableFuture::new),
                Duration.ofMillis(200));

        assertEquals(List.of(events.get(0).id()), batch.sent());
        assertTrue(batch.firstFailure() instanceof java.util.concurrent.TimeoutException, "" + batch.firstFailure());
    }

    @SafeVarargs
    private static Function<PendingEvent, Future<RecordMetadata>> scripted(
            Supplier<CompletableFuture<RecordMetadata>>... outcomes) {
        Iterator<Supplier<CompletableFuture<RecordMetadata>>> next = List.of(outcomes).iterator();
        return event -> next.next().get();
    }

    private static Supplier<CompletableFuture<RecordMetadata>> ack() {
        return () -> CompletableFuture.completedFuture(metadata());
    }

    private static Supplier<CompletableFuture<RecordMetadata>> fail(RuntimeException error) {
        return () -> CompletableFuture.failedFuture(error);
    }

    /** A send whose failure arrives after the hand-over, as broker-side errors do. */
    private static Supplier<CompletableFuture<RecordMetadata>> failLater(RuntimeException error) {
        return () -> CompletableFuture.supplyAsync(() -> {
            throw error;
        }, CompletableFuture.delayedExecutor(50, java.util.concurrent.TimeUnit.MILLISECONDS));
    }

    private static RecordMetadata metadata() {
        return new RecordMetadata(new TopicPartition("innomatch.profiles", 0), 0, 0, 0, 0, 0);
    }

    private static PendingEvent event(long seq, String key) {
        return new PendingEvent(UUID.randomUUID(), seq, "innomatch.profiles", key, Map.of(), new byte[] {1});
    }

    private static List<UUID> ids(List<PendingEvent> events) {
        return events.stream().map(PendingEvent::id).toList();
    }
}
