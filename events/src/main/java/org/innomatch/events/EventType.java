package org.innomatch.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innomatch.events.diagnostics.Ping;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.projects.ProjectClosed;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;

/**
 * Every event type of the platform: its CloudEvents {@code type} (the trailing {@code .vN} is the schema
 * version of {@code data}), the topic it is published to, its data record, and which id of the data is
 * the CloudEvents {@code subject} and Kafka key.
 *
 * <p>A breaking change to a data record is a new constant with {@code .v2}, published alongside v1 until
 * every consumer has moved; adding an optional field is not breaking (consumers ignore unknown fields).
 */
public enum EventType {

    PROFILE_UPSERTED("org.innomatch.profile.upserted.v1", Topics.PROFILES,
            ProfileUpserted.class, ProfileUpserted::id),
    PROFILE_DELETED("org.innomatch.profile.deleted.v1", Topics.PROFILES,
            ProfileDeleted.class, ProfileDeleted::id),

    PROJECT_UPSERTED("org.innomatch.project.upserted.v1", Topics.PROJECTS,
            ProjectUpserted.class, ProjectUpserted::id),
    PROJECT_CLOSED("org.innomatch.project.closed.v1", Topics.PROJECTS,
            ProjectClosed.class, ProjectClosed::id),
    PROJECT_DELETED("org.innomatch.project.deleted.v1", Topics.PROJECTS,
            ProjectDeleted.class, ProjectDeleted::id),

    EVENT_UPSERTED("org.innomatch.event.upserted.v1", Topics.EVENTS,
            EventUpserted.class, EventUpserted::id),
    // Keyed by the matchmaking event so registrations stay ordered after the event they belong to.
    REGISTRATION_CHANGED("org.innomatch.event.registration.changed.v1", Topics.EVENTS,
            RegistrationChanged.class, RegistrationChanged::eventId),
    // Sessions of the programme and their follows: keyed by the event too, so they stay ordered after it.
    SESSION_CHANGED("org.innomatch.event.session.changed.v1", Topics.EVENTS,
            SessionChanged.class, SessionChanged::eventId),
    SESSION_FOLLOW_CHANGED("org.innomatch.event.session.follow.changed.v1", Topics.EVENTS,
            SessionFollowChanged.class, SessionFollowChanged::eventId),

    MATCH_FOUND("org.innomatch.match.found.v1", Topics.MATCHES,
            MatchFound.class, MatchFound::matchId),
    // Same key as MATCH_FOUND: a match's beginning and end stay in order.
    MATCH_ENDED("org.innomatch.match.ended.v1", Topics.MATCHES,
            MatchEnded.class, MatchEnded::matchId),
    RECOMMENDATION_AVAILABLE("org.innomatch.recommendation.available.v1", Topics.MATCHES,
            RecommendationAvailable.class, RecommendationAvailable::recipientProfileId),

    MEETING_CHANGED("org.innomatch.meeting.changed.v1", Topics.MEETINGS,
            MeetingChanged.class, MeetingChanged::meetingId),

    // Keyed by the thread (one per pair of profiles): its messages stay in order.
    MESSAGE_POSTED("org.innomatch.message.posted.v1", Topics.MATCHES,
            MessagePosted.class, MessagePosted::threadId),

    PING("org.innomatch.diagnostics.ping.v1", Topics.PING,
            Ping.class, Ping::id);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String type;
    private final String topic;
    private final Class<?> dataClass;
    private final Function<Object, String> subjectOf;

    <T> EventType(String type, String topic, Class<T> dataClass, Function<T, ?> subjectOf) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
        this.subjectOf = data -> String.valueOf(subjectOf.apply(dataClass.cast(data)));
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code org.innomatch.profile.upserted.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    /** The aggregate id of {@code data} used as CloudEvents {@code subject} and Kafka record key. */
    public String subjectOf(Object data) {
        if (!dataClass.isInstance(data)) {
            throw new IllegalArgumentException(type + " carries " + dataClass.getName() + ", not "
                    + (data == null ? "null" : data.getClass().getName()));
        }
        return subjectOf.apply(data);
    }

    /**
     * Whether this type goes to its compacted topic as a tombstone (null record value, attributes in the
     * headers). The data record is still what an outbox row stores and what a consumer is handed,
     * rebuilt by {@link #tombstoneData}.
     */
    public boolean isTombstone() {
        return this == PROFILE_DELETED || this == PROJECT_DELETED;
    }

    /** Rebuilds the data of a tombstone from its subject (the aggregate id) and event time. */
    public Object tombstoneData(String subject, Instant time) {
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventFormatException(type, "Tombstone of " + type + " has no UUID subject: " + subject, e);
        }
        return switch (this) {
            case PROFILE_DELETED -> new ProfileDeleted(id, time);
            case PROJECT_DELETED -> new ProjectDeleted(id, time);
            default -> throw new IllegalStateException(type + " is not delivered as a tombstone");
        };
    }

    public static Optional<EventType> find(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /** @throws UnknownEventTypeException if no constant has this CloudEvents type */
    public static EventType fromType(String type) {
        return find(type).orElseThrow(() -> new UnknownEventTypeException(type));
    }
}
