package org.innomatch.matching.readmodel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.Topics;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the candidate index from the compacted profile and project topics. Every instance needs every
 * record, so this consumer has no group: it assigns all partitions itself and starts from the beginning.
 * It runs on its own thread; {@link #caughtUp()} turns true once it has read up to the end offsets that
 * existed when it started.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    private static final List<String> TOPICS = List.of(Topics.PROFILES, Topics.PROJECTS);

    private final CandidateIndex index;
    private final CandidateProjector projector;
    private final Event<CandidateAppeared> appeared;
    private final String bootstrapServers;
    /** End offsets when this instance started: a record at or after them is live, one before them is replayed. */
    private final Map<TopicPartition, Long> startEnds = new HashMap<>();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile boolean failed;
    private volatile long startedNanos;
    private volatile Duration catchUpTime;
    private Thread thread;

    public ReadModelConsumer(CandidateIndex index, PartnerOwners partners, Event<CandidateAppeared> appeared,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.index = index;
        this.projector = new CandidateProjector(index, partners);
        this.appeared = appeared;
        this.bootstrapServers = bootstrapServers;
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
        KafkaConsumer<String, byte[]> c = consumer;
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

    /** Whether the consumer stopped on an error, so the index no longer follows the topics. */
    public boolean failed() {
        return failed;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            List<TopicPartition> partitions = awaitPartitions(c);
            c.assign(partitions);
            c.seekToBeginning(partitions);
            startEnds.putAll(c.endOffsets(partitions));
            LOG.infof("Replaying %s up to end offsets %s", TOPICS, startEnds);
            checkCaughtUp(c, startEnds);
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                }
                if (!caughtUp) {
                    checkCaughtUp(c, startEnds);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failed = true;
                LOG.error("Read-model consumer woken up unexpectedly", e);
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.error("Read-model consumer stopped; the index no longer follows the topics", e);
        }
    }

    private void checkCaughtUp(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> startEnds) {
        for (Map.Entry<TopicPartition, Long> end : startEnds.entrySet()) {
            if (c.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        index.optimize();
        catchUpTime = Duration.ofNanos(System.nanoTime() - startedNanos);
        caughtUp = true;
        LOG.infof("Read model caught up in %d ms: %d candidates", catchUpTime.toMillis(), index.all().size());
    }

    // The topics may not exist yet when the service starts before the producers created them.
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> c) {
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

    private void apply(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        try {
            Candidate added = projector.apply(EventEnvelope.fromKafka(headers, record.value()).data());
            if (added != null && !added.hidden() && isLive(record)) {
                appeared.fire(new CandidateAppeared(added));
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

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "matching-read-model-" + ProcessHandle.current().pid());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
