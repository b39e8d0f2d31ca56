package org.innomatch.matching.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.Topics;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.CompactedTopicReplica;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Rebuilds the candidate index from the compacted profile and project topics, a {@link CompactedTopicReplica} on
 * every instance. {@link #caughtUp()} turns true once it has read up to the end offsets that existed when it
 * started; transient Kafka failures are retried, a fatal one stops it and readiness then reports DOWN with the
 * reason. An unreadable record is logged and not applied; the producer side owns the fix.
 */
@ApplicationScoped
public class ReadModelConsumer implements CompactedTopicReplica.Handler {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
    private static final List<String> TOPICS = List.of(Topics.PROFILES, Topics.PROJECTS);

    private final CandidateIndex index;
    private final CandidateProjector projector;
    private final java.util.function.Consumer<CandidateAppeared> appeared;
    private final java.util.function.Consumer<ProfileErased> erased;
    private final CompactedTopicReplica replica;

    @Inject
    public ReadModelConsumer(CandidateIndex index, PartnerOwners partners, Event<CandidateAppeared> appeared,
                             Event<ProfileErased> erased, KafkaClientConfig kafka,
                             @ConfigProperty(name = "innomatch.matching.read-model.retry-initial",
                                     defaultValue = "PT0.2S") Duration retryInitial,
                             @ConfigProperty(name = "innomatch.matching.read-model.retry-max",
                                     defaultValue = "PT30S") Duration retryMax) {
        this(index, partners, appeared::fire, erased::fire, CompactedTopicReplica.clients(kafka, Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, "matching-read-model-" + ProcessHandle.current().pid(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000")), retryInitial, retryMax);
    }

    ReadModelConsumer(CandidateIndex index, PartnerOwners partners,
                      java.util.function.Consumer<CandidateAppeared> appeared,
                      Supplier<Consumer<String, byte[]>> clients, Duration retryInitial, Duration retryMax) {
        this(index, partners, appeared, erased -> { }, clients, retryInitial, retryMax);
    }

    ReadModelConsumer(CandidateIndex index, PartnerOwners partners,
                      java.util.function.Consumer<CandidateAppeared> appeared,
                      java.util.function.Consumer<ProfileErased> erased,
                      Supplier<Consumer<String, byte[]>> clients, Duration retryInitial, Duration retryMax) {
        this.index = index;
        this.projector = new CandidateProjector(index, partners);
        this.appeared = appeared;
        this.erased = erased;
        this.replica = new CompactedTopicReplica(new CompactedTopicReplica.Settings("read-model-consumer", TOPICS,
                Duration.ofMillis(100), retryInitial, retryMax), clients, this,
                CompactedTopicReplica.loggedDeadLetters());
    }

    void start(@Observes StartupEvent event) {
        replica.start();
    }

    void stop(@Observes ShutdownEvent event) {
        replica.close();
    }

    /** Whether the index holds everything that was on the topics when the service started. */
    public boolean caughtUp() {
        return replica.caughtUp();
    }

    /** From start to having replayed the topics (connecting, reading, indexing, refreshing); {@code null} before. */
    public Duration catchUpTime() {
        return replica.catchUpTime();
    }

    /** The partitions the consumer follows, as of its latest poll. */
    public Set<TopicPartition> assignment() {
        return replica.assignment();
    }

    /** Whether the consumer stopped on a fatal error, so the index no longer follows the topics. */
    public boolean failed() {
        return replica.failed();
    }

    /** Why it stopped, {@code null} unless {@link #failed()}. */
    public String failure() {
        return replica.failure();
    }

    /** Transient failures survived so far (each closed the client and opened a new one). */
    public int retries() {
        return replica.retries();
    }

    /** See {@link CompactedTopicReplica#awaitApplied}. */
    public boolean awaitApplied(Map<TopicPartition, Long> ends, long deadlineNanos) throws InterruptedException {
        return replica.awaitApplied(ends, deadlineNanos);
    }

    /**
     * Encodes the texts of a batch together before applying it record by record: on a replay that spreads the model
     * over every processor. A record that cannot be read is left to {@link #apply}, which reports it.
     */
    @Override
    public void prepare(ConsumerRecords<String, byte[]> records) {
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
            LOG.warnf("Could not encode a batch ahead of indexing (each record is encoded as it is applied): %s",
                    e.getMessage());
        }
    }

    /**
     * Only live records announce new candidates, so replaying the compacted topics at start (or after a restart)
     * never re-announces what is already there.
     */
    @Override
    public void apply(ConsumerRecord<String, byte[]> record, boolean live) {
        Object data = decode(record);
        Candidate added = projector.apply(data);
        if (data instanceof ProfileDeleted deleted) {
            // Replayed deletions erase again: a crash between applying and erasing leaves nothing behind.
            erased.accept(new ProfileErased(deleted.id()));
        }
        if (added != null && !added.hidden() && live) {
            appeared.accept(new CandidateAppeared(added));
        }
    }

    @Override
    public void onCaughtUp() {
        index.optimize();
        LOG.infof("Read model caught up: %d candidates", index.all().size());
        try {
            LOG.infof("Dropped %d sentence vectors no indexed text uses", index.forgetUnusedVectors());
        } catch (RuntimeException e) {
            LOG.warnf("Could not drop unused sentence vectors: %s", e.getMessage());
        }
    }

    private static Object decode(ConsumerRecord<String, byte[]> record) {
        return CloudEventRecords.decode(record).data();
    }
}
