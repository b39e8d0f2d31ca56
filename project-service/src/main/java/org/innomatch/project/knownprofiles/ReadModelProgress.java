package org.innomatch.project.knownprofiles;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/** How far the known-profiles read model is behind {@code innomatch.profiles}. */
@ApplicationScoped
public class ReadModelProgress {

    private final Map<Integer, Long> handledOffsets = new ConcurrentHashMap<>();
    private final KafkaClientService kafkaClients;

    public ReadModelProgress(KafkaClientService kafkaClients) {
        this.kafkaClients = kafkaClients;
    }

    void handled(int partition, long offset) {
        handledOffsets.merge(partition, offset, Math::max);
    }

    /** The highest offset of the partition this instance has handled (applied, skipped or dead-lettered), or -1. */
    long handledOffset(int partition) {
        return handledOffsets.getOrDefault(partition, -1L);
    }

    /** Records on the topic not yet applied here, from the consumer's cached high watermarks (no broker call). */
    OptionalLong lag() {
        try {
            KafkaConsumer<Object, Object> consumer = kafkaClients.getConsumer(KnownProfilesConsumer.CHANNEL);
            if (consumer == null) {
                return OptionalLong.empty();
            }
            Function<Consumer<Object, Object>, Long> lagOf = this::lag;
            Long total = consumer.runOnPollingThread(lagOf).await().atMost(Duration.ofSeconds(2));
            return total == null ? OptionalLong.empty() : OptionalLong.of(total);
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private Long lag(Consumer<Object, Object> consumer) {
        long total = 0;
        if (consumer.assignment().isEmpty()) {
            return null;
        }
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong fetchLag = consumer.currentLag(partition);
            if (fetchLag.isEmpty()) {
                return null;
            }
            total += fetchLag.getAsLong();
            // Fetched but not yet applied.
            Long handled = handledOffsets.get(partition.partition());
            if (handled != null) {
                total += Math.max(0, consumer.position(partition, Duration.ofMillis(500)) - handled - 1);
            }
        }
        return total;
    }
}
