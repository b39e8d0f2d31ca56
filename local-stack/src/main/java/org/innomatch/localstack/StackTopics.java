package org.innomatch.localstack;

import java.time.Duration;
import java.util.List;

import org.innomatch.infra.TopicSpec;

/** The Kafka topics of the system (names as in {@code org.innomatch.events.Topics}). */
final class StackTopics {

    static final List<TopicSpec> ALL = List.of(
            TopicSpec.compacted("innomatch.profiles", 3),
            TopicSpec.compacted("innomatch.projects", 3),
            TopicSpec.compacted("innomatch.api-keys", 1),
            TopicSpec.plain("innomatch.events", 3),
            TopicSpec.plain("innomatch.matches", 3),
            TopicSpec.plain("innomatch.meetings", 3),
            TopicSpec.plain("innomatch.notifications.dlq", 1),
            TopicSpec.plain("innomatch.profiles.dlq.project-service", 1),
            TopicSpec.plain("innomatch.matches.dlq.profile-service", 1),
            TopicSpec.plain("innomatch.meetings.dlq.profile-service", 1),
            TopicSpec.plain("innomatch.events.dlq.matching-service", 1),
            TopicSpec.plain("innomatch.ping", 1),
            TopicSpec.shortLived("innomatch.rate-usage", 1, Duration.ofMinutes(1)),
            TopicSpec.shortLived("innomatch.notifications.live", 1, Duration.ofMinutes(1)));

    private StackTopics() {
    }
}
