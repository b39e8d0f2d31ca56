package org.innomatch.matching.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.Topics;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the candidate index from the compacted profile and project topics. Every instance needs every
 * record, so this consumer has no group: it assigns all partitions itself and starts from the beginning.
 * It runs on its own thread; {@link #caughtUp()} turns true once it has read up to the end offsets that
 * existed when it started. Transient Kafka failures (the broker slow, restarting or unreachable) close the
 * client and open a new one after a bounded exponential back-off, resuming where it was; only a fatal failure
 * ({@link ConsumerRetry#isFatal}) stops it, and readiness then reports DOWN with the reason.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    private static final List<String> TOPICS = List.of(Topics.PROFILES, Topics.PROJECTS);

    private final CandidateIndex index;
    private final CandidateProjector projector;
    private final java.util.function.Consumer<CandidateAppeared> appeared;
    private final Supplier<Consumer<String, byte[]>> clients;
    private final ConsumerRetry retry;
    /** The next offset to read per partition, kept across reconnections. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    /** Where the consumer stands on every assigned partition after its latest poll, for readers that wait on it. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Object progress = new Object();
    /** End offsets when this instance started: a record at or after them is live, one before them is replayed. */
    private final Map<TopicPartition, Long> startEnds = new HashMap<>();
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile boolean failed;
    private volatile String failure;
    private volatile int retries;
    private volatile long startedNanos;
    private volatile Duration catchUpTime;
    private Thread thread;

    @jakarta.inject.Inject
    public ReadModelConsumer(CandidateIndex index, PartnerOwners partners, Event<CandidateAppeared> appeared,
                             KafkaClientConfig kafka,
                             @ConfigProperty(name = "innomatch.matching.read-model.retry-initial", defaultValue = "PT0.2S") Duration retryInitial,
                             @ConfigProperty(name = "innomatch.matching.read-model.retry-max", defaultValue = "PT30S") Duration retryMax) {
        this(index, partners, appeared::fire, () -> new KafkaConsumer<>(kafka.consumer(consumerProperties()),
                new StringDeserializer(), new ByteArrayDeserializer()), new ConsumerRetry(retryInitial, retryMax));
    }

    ReadModelConsumer(CandidateIndex index, PartnerOwners partners, java.util.function.Consumer<CandidateAppeared> appeared,
                      Supplier<Consumer<String, byte[]>> clients, ConsumerRetry retry) {
        this.index = index;
        this.projector = new CandidateProjector(index, partners);
        this.appeared = appeared;
        this.clients = clients;
        this.retry = retry;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        startedNanos = System.nanoTime();
        thread = new Thread(this::run, "read-model-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Consumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the index holds everything that was on the topics when the service started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** From start to having replayed the topics (connecting, reading, indexing, refreshing); {@code null} before. */
    public Duration catchUpTime() {
        return catchUpTime;
    }

    /** The partitions the consumer follows, as of its latest poll. */
    public Set<TopicPartition> assignment() {
        return Set.copyOf(positions.keySet());
    }

    /** Whether the consumer stopped on a fatal error, so the index no longer follows the topics. */
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

    private void run() {
        while (running) {
            try {
                follow();
            } catch (WakeupException e) {
                if (running) {
                    retryAfter(e);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (ConsumerRetry.isFatal(e)) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    failed = true;
                    LOG.error("Read-model consumer stopped on a fatal error; the index no longer follows the topics", e);
                    return;
                }
                retryAfter(e);
            }
        }
    }

    private void retryAfter(RuntimeException e) {
        retries++;
        long delay = retry.nextDelayMillis();
        LOG.warnf("Read-model consumer failed (%s: %s); reconnecting in %d ms", e.getClass().getSimpleName(),
                e.getMessage(), delay);
        try {
            sleep(delay);
        } catch (WakeupException stopping) {
            // stop() interrupted the back-off
        }
    }

    /** One client's life: (re)assign, resume from {@link #next} (the beginning at first), then poll until stopped. */
    private void follow() {
        try (Consumer<String, byte[]> c = clients.get()) {
            consumer = c;
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
                LOG.infof("Replaying %s up to end offsets %s", TOPICS, startEnds);
            }
            if (!caughtUp) {
                checkCaughtUp(c, startEnds);
            }
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(100));
                prepare(records);
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                    next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                if (!caughtUp) {
                    checkCaughtUp(c, startEnds);
                }
                recordPositions(c, partitions);
                retry.reset();
            }
        } finally {
            consumer = null;
        }
    }

    /**
     * Waits until every partition in {@code ends} has been applied up to (excluding) the given offset, or the
     * deadline passes; a partition this consumer is not assigned counts as reached.
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

    private void recordPositions(Consumer<String, byte[]> c, List<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            positions.put(tp, c.position(tp));
        }
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private void checkCaughtUp(Consumer<String, byte[]> c, Map<TopicPartition, Long> startEnds) {
        for (Map.Entry<TopicPartition, Long> end : startEnds.entrySet()) {
            if (c.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        index.optimize();
        catchUpTime = Duration.ofNanos(System.nanoTime() - startedNanos);
        caughtUp = true;
        LOG.infof("Read model caught up in %d ms: %d candidates", catchUpTime.toMillis(), index.all().size());
        try {
            LOG.infof("Dropped %d sentence vectors no indexed text uses", index.forgetUnusedVectors());
        } catch (RuntimeException e) {
            LOG.warnf("Could not drop unused sentence vectors: %s", e.getMessage());
        }
    }

    // The topics may not exist yet when the service starts before the producers created them.
    private List<TopicPartition> awaitPartitions(Consumer<String, byte[]> c) {
        while (running) {
            List<TopicPartition> partitions = new ArrayList<>();
            boolean complete = true;
            for (String topic : TOPICS) {
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
            LOG.warnf("Waiting for topics %s to exist", TOPICS);
            sleep(1_000);
        }
        throw new WakeupException();
    }

    /**
     * Encodes the texts of a batch together before applying it record by record: on a replay that spreads the model
     * over every processor. A record that cannot be read is left to {@link #apply}, which reports it.
     */
    private void prepare(ConsumerRecords<String, byte[]> records) {
        if (records.count() < 2) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                texts.addAll(CandidateProjector.textsOf(decode(record)));
            } catch (RuntimeException e) {
                // apply() reports it
            }
        }
        try {
            index.prepare(texts);
        } catch (RuntimeException e) {
            LOG.warnf("Could not encode a batch ahead of indexing (each record is encoded as it is applied): %s", e.getMessage());
        }
    }

    private static Object decode(ConsumerRecord<String, byte[]> record) {
        return CloudEventRecords.decode(record).data();
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            Candidate added = projector.apply(decode(record));
            if (added != null && !added.hidden() && isLive(record)) {
                appeared.accept(new CandidateAppeared(added));
            }
        } catch (EventFormatException e) {
            // A poison record must not stop the read model; the producer side owns the fix.
            LOG.warnf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Skipping record %s-%d@%d that could not be indexed", record.topic(), record.partition(),
                    record.offset());
        }
    }

    /**
     * Whether a record was produced after this instance started. Only live records announce new candidates, so
     * replaying the compacted topics at start (or after a restart) never re-announces what is already there.
     */
    private boolean isLive(ConsumerRecord<String, byte[]> record) {
        Long end = startEnds.get(new TopicPartition(record.topic(), record.partition()));
        return end != null && record.offset() >= end;
    }

    private static Map<String, Object> consumerProperties() {
        return Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "matching-read-model-" + ProcessHandle.current().pid(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    }

    /** Sleeps in short steps so that stop() is not kept waiting by a long back-off. */
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
