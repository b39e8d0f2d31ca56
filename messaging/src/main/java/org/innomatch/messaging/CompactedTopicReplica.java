package org.innomatch.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A whole copy of compacted topics on every instance: no consumer group, every partition assigned, read from the
 * beginning on its own thread, each record handed to a {@link Handler} with whether it is {@code live} (written
 * after the replica started) or replayed. {@link #caughtUp()} turns true once the end offsets that existed at start
 * are reached. A transient Kafka failure closes the client and opens a new one after a bounded exponential back-off,
 * resuming where it was; a fatal one ({@link #isFatal}) stops the replica, {@link #failed()} then says why.
 *
 * <p>Each record goes through {@link DeadLettering}: an unreadable one ({@code EventFormatException}) is parked in
 * the given {@link DeadLetters} before the replica moves past it; any other failure of the handler is logged and the
 * record skipped (there is no commit to go back to, and the next record must not wait on a broken one).
 */
public final class CompactedTopicReplica implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CompactedTopicReplica.class);

    /**
     * What to replicate: {@code name} names the thread and log lines; {@code poll} is the poll timeout;
     * {@code retryInitial} doubling to {@code retryMax} is the wait before reconnecting (reset after each poll).
     */
    public record Settings(String name, List<String> topics, Duration poll, Duration retryInitial,
                           Duration retryMax) {

        public Settings {
            Objects.requireNonNull(name, "name");
            topics = List.copyOf(topics);
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("no topics to replicate");
            }
            Objects.requireNonNull(poll, "poll");
            Objects.requireNonNull(retryInitial, "retryInitial");
            Objects.requireNonNull(retryMax, "retryMax");
        }
    }

    /** What the replica's thread does with the records, in offset order per partition. */
    public interface Handler {

        /** A polled batch, before any of its records is applied (e.g. to encode their texts together). */
        default void prepare(ConsumerRecords<String, byte[]> batch) {
        }

        /**
         * Takes one record in; {@code live} when it was written after the replica started (a replay never is).
         *
         * @throws org.innomatch.events.EventFormatException if the record cannot be read: it is dead-lettered
         */
        void apply(ConsumerRecord<String, byte[]> record, boolean live);

        /** Once everything that was on the topics at start has been applied, before the replica says it caught up. */
        default void onCaughtUp() {
        }
    }

    private final Settings settings;
    private final Supplier<Consumer<String, byte[]>> clients;
    private final Handler handler;
    private final DeadLettering deadLettering;
    private final RetryPolicy backoff;
    /** The next offset to read per partition, kept across reconnections. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    /** Where the replica stands on every assigned partition after its latest poll, for readers that wait on it. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Object progress = new Object();
    /** End offsets when the replica started: a record at or after them is live, one before them is replayed. */
    private final Map<TopicPartition, Long> startEnds = new HashMap<>();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile boolean failed;
    private volatile String failure;
    private volatile int retries;
    private int failuresInARow;
    private volatile long startedNanos;
    private volatile Duration catchUpTime;
    private Thread thread;

    /**
     * @param clients     a new client for each (re)connection, e.g. {@link #clients}
     * @param deadLetters where an unreadable record is parked
     */
    public CompactedTopicReplica(Settings settings, Supplier<Consumer<String, byte[]>> clients, Handler handler,
                                 DeadLetters deadLetters) {
        this.settings = settings;
        this.clients = clients;
        this.handler = handler;
        this.backoff = new RetryPolicy(1, settings.retryInitial(), settings.retryMax());
        this.deadLettering = new DeadLettering(backoff, (record, cause) -> {
            deadLetters.park(record, cause);
            deadLettered.incrementAndGet();
        });
    }

    /**
     * Unreadable records kept in the log only (WARN, with the reason). For a replica a dead-letter topic would
     * collect a copy of the same record from every instance at every start, as long as the record stays in the
     * compacted topic; the fix belongs to its producer, who overwrites the key.
     */
    public static DeadLetters loggedDeadLetters() {
        return (record, cause) -> LOG.warnf("Unreadable record %s not applied (kept in the log only): %s",
                CloudEventRecords.describe(record), cause.getMessage());
    }

    /** Clients built from the service's {@code kafka.*} config, {@code own} settings (client id, …) over them. */
    public static Supplier<Consumer<String, byte[]>> clients(KafkaClientConfig kafka, Map<String, ?> own) {
        Map<String, Object> settings = new HashMap<>(own);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return () -> new KafkaConsumer<>(kafka.consumer(settings), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /**
     * Retrying cannot help: authorization, authentication, configuration, an unusable topic or protocol, or a bug
     * (not a Kafka exception).
     */
    public static boolean isFatal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException || t instanceof AuthenticationException
                    || t instanceof ConfigException || t instanceof InvalidTopicException
                    || t instanceof UnsupportedVersionException) {
                return true;
            }
        }
        return !(failure instanceof KafkaException);
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        startedNanos = System.nanoTime();
        thread = new Thread(this::run, settings.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops reading; waits up to 5 s for the thread to end. */
    @Override
    public void close() {
        running = false;
        Consumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether everything that was on the topics when the replica started has been applied. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /**
     * Waits until {@link #caughtUp()}, the replica failed, or {@code timeout} passed.
     *
     * @return whether it caught up
     */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (!caughtUp && !failed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.wait(Math.max(1, Math.min(left / 1_000_000, 100)));
            }
            return caughtUp;
        }
    }

    /** From start to having caught up; {@code null} before. */
    public Duration catchUpTime() {
        return catchUpTime;
    }

    /** The partitions the replica follows, as of its latest poll. */
    public Set<TopicPartition> assignment() {
        return Set.copyOf(positions.keySet());
    }

    /** The next offset to apply per assigned partition, as of the latest poll. */
    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }

    /** Whether the replica stopped on a fatal error, so it no longer follows the topics. */
    public boolean failed() {
        return failed;
    }

    /** Why it stopped, {@code null} unless {@link #failed()}. */
    public String failure() {
        return failure;
    }

    /** Transient failures survived so far (each closed the client and opened a new one). */
    public int retries() {
        return retries;
    }

    /** Records the handler failed on (other than unreadable ones, which are dead-lettered), each logged. */
    public long skipped() {
        return skipped.get();
    }

    /** Unreadable records handed to the dead letters. */
    public long deadLettered() {
        return deadLettered.get();
    }

    /**
     * Waits until every partition in {@code ends} has been applied up to (excluding) the given offset, or the
     * deadline ({@link System#nanoTime()}) passes; a partition the replica is not assigned counts as reached.
     *
     * @return whether all were reached
     */
    public boolean awaitApplied(Map<TopicPartition, Long> ends, long deadlineNanos) throws InterruptedException {
        synchronized (progress) {
            while (!reached(ends)) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || failed) {
                    return false;
                }
                progress.wait(Math.max(1, Math.min(left / 1_000_000, 100)));
            }
            return true;
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            Long position = positions.get(end.getKey());
            if (position != null && position < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void run() {
        while (running) {
            try {
                follow();
            } catch (WakeupException e) {
                if (running) {
                    retryAfter(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (isFatal(e)) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    failed = true;
                    LOG.errorf(e, "%s stopped on a fatal error; it no longer follows %s", settings.name(),
                            settings.topics());
                    notifyProgress();
                    return;
                }
                retryAfter(e);
            }
        }
    }

    private void retryAfter(RuntimeException e) {
        retries++;
        failuresInARow++;
        long delay = backoff.backoffAfter(failuresInARow).toMillis();
        LOG.warnf("%s failed (%s: %s); reconnecting in %d ms", settings.name(), e.getClass().getSimpleName(),
                e.getMessage(), delay);
        try {
            sleep(delay);
        } catch (WakeupException stopping) {
            // close() interrupted the back-off
        }
    }

    /** One client's life: (re)assign, resume from {@link #next} (the beginning at first), then poll until closed. */
    private void follow() throws InterruptedException {
        try (Consumer<String, byte[]> c = clients.get()) {
            consumer = c;
            if (!running) {
                return;
            }
            List<TopicPartition> partitions = awaitPartitions(c);
            c.assign(partitions);
            List<TopicPartition> fresh = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                Long offset = next.get(tp);
                if (offset == null) {
                    fresh.add(tp);
                } else {
                    c.seek(tp, offset);
                }
            }
            c.seekToBeginning(fresh);
            if (startEnds.isEmpty()) {
                startEnds.putAll(c.endOffsets(partitions));
                LOG.infof("%s: replaying %s up to end offsets %s", settings.name(), settings.topics(), startEnds);
            }
            checkCaughtUp(c);
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(settings.poll());
                if (!records.isEmpty()) {
                    handler.prepare(records);
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                    next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                checkCaughtUp(c);
                recordPositions(c, partitions);
                failuresInARow = 0;
            }
        } finally {
            consumer = null;
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        boolean live = isLive(record);
        try {
            deadLettering.handle(record, () -> handler.apply(record, live));
        } catch (RuntimeException e) {
            skipped.incrementAndGet();
            LOG.errorf(e, "%s: skipping record %s that could not be applied", settings.name(),
                    CloudEventRecords.describe(record));
        }
    }

    private boolean isLive(ConsumerRecord<String, byte[]> record) {
        Long end = startEnds.get(new TopicPartition(record.topic(), record.partition()));
        return end != null && record.offset() >= end;
    }

    private void recordPositions(Consumer<String, byte[]> c, List<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            positions.put(tp, c.position(tp));
        }
        notifyProgress();
    }

    private void notifyProgress() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void checkCaughtUp(Consumer<String, byte[]> c) {
        if (caughtUp) {
            return;
        }
        for (Map.Entry<TopicPartition, Long> end : startEnds.entrySet()) {
            if (c.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        handler.onCaughtUp();
        catchUpTime = Duration.ofNanos(System.nanoTime() - startedNanos);
        caughtUp = true;
        LOG.infof("%s caught up in %d ms", settings.name(), catchUpTime.toMillis());
        notifyProgress();
    }

    // The topics may not exist yet when the service starts before the producers created them.
    private List<TopicPartition> awaitPartitions(Consumer<String, byte[]> c) {
        while (running) {
            List<TopicPartition> partitions = new ArrayList<>();
            boolean complete = true;
            for (String topic : settings.topics()) {
                List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos == null || infos.isEmpty()) {
                    complete = false;
                    break;
                }
                infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            }
            if (complete) {
                return partitions;
            }
            LOG.warnf("%s: waiting for topics %s to exist", settings.name(), settings.topics());
            sleep(1_000);
        }
        throw new WakeupException();
    }

    /** Sleeps in short steps so that close() is not kept waiting by a long back-off. */
    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        try {
            while (running && System.nanoTime() < until) {
                Thread.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
