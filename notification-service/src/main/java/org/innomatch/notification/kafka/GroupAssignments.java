package org.innomatch.notification.kafka;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.innomatch.events.Topics;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Remembers which of the group consumers (effects and the recipients read model) have joined their group.
 *
 * <p>After a crash the group still counts the dead consumers as members until their session times out; till then
 * the new ones get no partitions and no effect flows. The service is not ready before every one has joined, so
 * "ready" means "notifications flow". An empty assignment counts: another instance may hold every partition.
 */
@ApplicationScoped
@Identifier(GroupAssignments.NAME)
public class GroupAssignments implements KafkaConsumerRebalanceListener {

    /** The name the channels give as {@code consumer-rebalance-listener.name}. */
    public static final String NAME = "group-assignments";

    /** The topics of the channels configured with this listener (application.properties). */
    static final Set<String> TOPICS = Set.of(Topics.MATCHES, Topics.MEETINGS, Topics.PROJECTS, Topics.PROFILES,
            Topics.EVENTS);

    private final Set<String> joined = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined.addAll(consumer.subscription());
    }

    /** The topics whose consumer has not joined its group yet. */
    public Set<String> waitingFor() {
        return TOPICS.stream().filter(t -> !joined.contains(t))
                .collect(Collectors.toUnmodifiableSet());
    }
}
