package org.innomatch.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order and marks each row sent only after the broker
 * acknowledged it; a row is therefore published at least once, and exactly once unless a send's outcome was
 * unknown (consumers drop duplicates by {@code ce_id}).
 *
 * <p>A pass runs in one transaction: lock the oldest unsent rows ({@code FOR UPDATE SKIP LOCKED}), send them
 * (see {@link BatchSend} for which rows count as sent when some fail), record the outcome, commit. After a
 * failed pass the relay pauses with exponential backoff and jitter; a poll or wake-up during the pause does
 * nothing.
 *
 * <p>Triggers: the scheduled poll, and a wake-up after each commit of a transaction that published.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Passes run back to back while batches come back full, but not forever within one trigger. */
    private static final int MAX_PASSES_PER_RUN = 50;

    private final OutboxConfig config;
    private final OutboxStore store;
    private final OutboxMetrics metrics;
    private final RelayProducer producer;
    private final Backoff backoff;
    private final ReentrantLock passLock = new ReentrantLock();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    // Set when the application starts shutting down: a pass begun now could not finish its transaction.
    private volatile boolean stopping;

    // Guarded by passLock.
    private int consecutiveFailures;
    private long pausedUntilNanos = System.nanoTime();

    OutboxRelay(OutboxConfig config, OutboxStore store, OutboxMetrics metrics,
            KafkaClientConfig kafka,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "innomatch") String applicationName) {
        this.config = config;
        this.store = store;
        this.metrics = metrics;
        this.producer = new RelayProducer(RelayProducer.configFor(kafka, applicationName + "-outbox",
                config.sendTimeout(), config.producer()));
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Scheduled(identity = "innomatch-outbox-relay", every = "${innomatch.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (stopping) {
            return;
        }
        if (config.enabled()) {
            relayIfDue();
        }
        metrics.refreshIfOlderThan(config.pollInterval());
    }

    /** Called after a transaction that published events committed: relay them now rather than at the next poll. */
    void wakeUp() {
        if (config.enabled() && wakeUpQueued.compareAndSet(false, true)) {
            try {
                wakeUps.execute(() -> {
                    wakeUpQueued.set(false);
                    relayIfDue();
                });
            } catch (RuntimeException e) {
                // Shutting down; the rows stay in the outbox for the next start.
                wakeUpQueued.set(false);
            }
        }
    }

    /**
     * One pass now, waiting for a pass in progress and ignoring any backoff; for tests.
     *
     * @return the rows marked sent
     */
    public int flushNow() {
        passLock.lock();
        try {
            return pass().sent();
        } finally {
            passLock.unlock();
        }
    }

    private void relayIfDue() {
        if (stopping || !passLock.tryLock()) {
            return;
        }
        try {
            for (int i = 0; i < MAX_PASSES_PER_RUN && !stopping && !pausedNow(); i++) {
                PassResult result = pass();
                if (result.failed() || result.selected() < config.batchSize()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox relay pass failed");
        } finally {
            passLock.unlock();
        }
    }

    /** Must hold passLock. */
    private boolean pausedNow() {
        return System.nanoTime() - pausedUntilNanos < 0;
    }

    /** Must hold passLock. */
    private PassResult pass() {
        PassResult result;
        try {
            result = QuarkusTransaction.requiringNew()
                    .timeout((int) config.sendTimeout().multipliedBy(2).plusSeconds(30).toSeconds())
                    .call(this::sendBatch);
        } catch (RuntimeException e) {
            // The database (or the transaction) failed: nothing was marked, everything is sent again later.
            result = new PassResult(0, 0, e, false);
        }
        if (result.failed()) {
            consecutiveFailures++;
            Duration pause = backoff.after(consecutiveFailures);
            pausedUntilNanos = System.nanoTime() + pause.toNanos();
            LOG.warnf("Outbox relay: %d of %d rows sent, then failed (attempt %d, next in %d ms): %s",
                    result.sent(), result.selected(), consecutiveFailures, pause.toMillis(),
                    describe(result.error()));
            if (result.kafkaFailed()) {
                producer.discardIfFatal(rootCause(result.error()));
            }
        } else if (consecutiveFailures > 0) {
            LOG.infof("Outbox relay: sending again after %d failed attempts", consecutiveFailures);
            consecutiveFailures = 0;
        }
        if (result.sent() > 0 || result.failed()) {
            metrics.refresh();
        }
        return result;
    }

    private PassResult sendBatch() throws SQLException {
        try (Connection connection = store.connection()) {
            if (!store.tryLockRelay(connection)) {
                LOG.debug("Outbox relay: another instance is relaying");
                return new PassResult(0, 0, null, false);
            }
            List<PendingEvent> events = store.lockUnsent(connection, config.batchSize());
            if (events.isEmpty()) {
                return new PassResult(0, 0, null, false);
            }
            BatchSend batch;
            try {
                batch = BatchSend.of(events, event -> producer.send(recordOf(event)),
                        config.sendTimeout().plusSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka acks", e);
            }
            for (var failure : batch.failed().entrySet()) {
                store.markFailed(connection, failure.getKey(), describe(failure.getValue()));
            }
            store.markSent(connection, batch.sent());
            return new PassResult(events.size(), batch.sent().size(), batch.firstFailure(), !batch.complete());
        }
    }

    static ProducerRecord<String, byte[]> recordOf(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(event.topic(), null, null, event.key(), event.payload(), headers);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String describe(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        stopping = true;
        wakeUps.shutdown();
        try {
            // Let a pass in progress finish so its acknowledged rows are marked sent.
            if (passLock.tryLock(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                try {
                    producer.close();
                } finally {
                    passLock.unlock();
                }
            } else {
                producer.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.close();
        }
    }

    /**
     * @param selected rows locked for the pass
     * @param sent     rows marked sent
     * @param error    why the pass stopped early, {@code null} if it did not
     * @param kafkaFailed whether the error came from the producer rather than the database
     */
    record PassResult(int selected, int sent, Throwable error, boolean kafkaFailed) {

        boolean failed() {
            return error != null;
        }
    }
}
