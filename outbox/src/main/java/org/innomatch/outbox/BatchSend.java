package org.innomatch.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The outcome of handing one batch of rows to Kafka: which rows count as sent and which failed.
 *
 * <p>All records are handed to the producer at once (it pipelines and orders them per partition), then the
 * acks are awaited in row order. Only the acknowledged rows <em>before the first failure</em> count as sent.
 * A row after it stays unsent even if acknowledged: it is sent again after the failed row, so a key's newest
 * state is also the last one on the topic (a redelivered event is dropped by consumers by its id).
 *
 * @param sent         rows to mark sent, in order
 * @param failed       rows whose send failed, with the error
 * @param firstFailure why the batch stopped counting, {@code null} if every row was acknowledged
 */
record BatchSend(List<UUID> sent, Map<UUID, Throwable> failed, Throwable firstFailure) {

    BatchSend {
        sent = List.copyOf(sent);
        failed = Map.copyOf(failed);
    }

    boolean complete() {
        return firstFailure == null;
    }

    /**
     * @param send        hands a row to the producer; may throw or return an already-failed future (e.g. no
     *                    metadata within {@code max.block.ms}), after which no further row is handed over
     * @param ackTimeout  how long to wait for one ack beyond which the row counts as failed
     */
    static BatchSend of(List<PendingEvent> events, Function<PendingEvent, Future<RecordMetadata>> send,
            Duration ackTimeout) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        RuntimeException handOverFailure = null;
        for (PendingEvent event : events) {
            Future<RecordMetadata> ack;
            try {
                ack = send.apply(event);
            } catch (RuntimeException e) {
                handOverFailure = e;
                break;
            }
            acks.add(ack);
            if (failedAlready(ack)) {
                // The producer reports some refusals (no metadata within max.block.ms) as an already-failed
                // future rather than by throwing: handing over later rows would only send them twice.
                break;
            }
        }
        List<UUID> sent = new ArrayList<>();
        Map<UUID, Throwable> failed = new LinkedHashMap<>();
        Throwable firstFailure = null;
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < acks.size(); i++) {
            UUID id = events.get(i).id();
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (firstFailure == null) {
                    sent.add(id);
                }
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                failed.put(id, cause);
                if (firstFailure == null) {
                    firstFailure = cause;
                }
            }
        }
        if (handOverFailure != null) {
            failed.put(events.get(acks.size()).id(), handOverFailure);
            if (firstFailure == null) {
                firstFailure = handOverFailure;
            }
        }
        return new BatchSend(sent, failed, firstFailure);
    }

    private static boolean failedAlready(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
