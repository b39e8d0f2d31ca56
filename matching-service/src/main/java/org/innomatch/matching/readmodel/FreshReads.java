package org.innomatch.matching.readmodel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.Topics;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * Read-your-writes for the read model. A profile or project created through the API a moment ago may still be on
 * its way (outbox, Kafka, this service's consumer, which indexes one record after another). Without this, a client
 * that creates a profile and asks for its recommendations straight away, or a partner whose profile is not indexed
 * yet, would get 404 or 403 for something that exists. So a lookup that misses asks the broker where the topic ends
 * now and waits, at most {@code innomatch.matching.read-model.fresh-read-wait}, until the consumer has applied
 * everything up to there; an id still missing then is unknown. A hit costs nothing; a miss costs one offsets request.
 */
@ApplicationScoped
public class FreshReads {

    private static final Logger LOG = Logger.getLogger(FreshReads.class);

    private final ReadModelConsumer consumer;
    private final CandidateIndex index;
    private final Function<List<TopicPartition>, Map<TopicPartition, Long>> endOffsets;
    private final Duration wait;
    private volatile Admin admin;

    @Inject
    public FreshReads(ReadModelConsumer consumer, CandidateIndex index, KafkaClientConfig kafka,
                      @ConfigProperty(name = "innomatch.matching.read-model.fresh-read-wait", defaultValue = "PT8S")
                      Duration wait) {
        this.consumer = consumer;
        this.index = index;
        this.wait = wait;
        this.endOffsets = partitions -> latestOffsets(kafka, partitions);
    }

    FreshReads(ReadModelConsumer consumer, CandidateIndex index,
               Function<List<TopicPartition>, Map<TopicPartition, Long>> endOffsets, Duration wait) {
        this.consumer = consumer;
        this.index = index;
        this.endOffsets = endOffsets;
        this.wait = wait;
    }

    /**
     * Returns once {@code id} is in the index, or once the consumer has applied its topic up to where it ends now,
     * or when the wait is over. Before the first catch-up the caller answers 503 anyway, so this returns at once.
     */
    public void awaitIndexed(TargetType type, UUID id) {
        if (index.get(type, id).isPresent() || !consumer.caughtUp() || consumer.failed()) {
            return;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        List<TopicPartition> partitions = consumer.assignment().stream()
                .filter(tp -> tp.topic().equals(topicOf(type))).toList();
        try {
            Map<TopicPartition, Long> ends = endOffsets.apply(partitions);
            if (!consumer.awaitApplied(ends, deadline)) {
                LOG.debugf("%s %s: the read model did not reach %s within %s", type, id, ends, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The broker unreachable: answer from what is indexed, as without this wait.
            LOG.debugf("%s %s: could not learn where the topic ends (%s)", type, id, e.getMessage());
        }
    }

    private static String topicOf(TargetType type) {
        return type == TargetType.PROFILE ? Topics.PROFILES : Topics.PROJECTS;
    }

    private Map<TopicPartition, Long> latestOffsets(KafkaClientConfig kafka, List<TopicPartition> partitions) {
        ListOffsetsResult result = admin(kafka).listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest())));
        try {
            return result.all().get(Math.min(wait.toMillis(), 2_000), TimeUnit.MILLISECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private Admin admin(KafkaClientConfig kafka) {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafka.admin(Map.of(
                            AdminClientConfig.CLIENT_ID_CONFIG, "matching-fresh-reads-" + ProcessHandle.current().pid(),
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000")));
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        Admin a = admin;
        if (a != null) {
            a.close(Duration.ofSeconds(2));
        }
    }
}
