package org.innomatch.project.programme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.outbox.Outbox;

/**
 * Writes programme changes to the outbox inside the caller's transaction, keyed by the event id so that they stay in
 * order after the event's own changes on innomatch.events.
 */
@ApplicationScoped
class ProgrammeEvents {

    static final String SOURCE = "/project-service";
    static final String DELETED = "DELETED";

    private final Outbox outbox;

    ProgrammeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void sessionChanged(SessionView session, List<String> changedFields, Instant changedAt) {
        publish(session, session.status().name(), session.version(), changedFields, changedAt);
    }

    /** The last state of a deleted session: its fields as they were, status DELETED, one version more. */
    void sessionDeleted(SessionView session, Instant changedAt) {
        publish(session, DELETED, session.version() + 1, List.of("status"), changedAt);
    }

    void followChanged(SessionFollow follow, UUID actorProfileId, Instant changedAt) {
        SessionFollowChanged data = new SessionFollowChanged(follow.eventId, follow.id.sessionId(),
                follow.id.profileId(), follow.status.name(), follow.version, actorProfileId, changedAt);
        outbox.publish(EventEnvelope.of(EventType.SESSION_FOLLOW_CHANGED, SOURCE, follow.eventId.toString(), data));
    }

    private void publish(SessionView s, String status, long version, List<String> changedFields, Instant changedAt) {
        SessionChanged data = new SessionChanged(s.id(), s.eventId(), s.kind().name(), s.title(), s.description(),
                s.startsAt(), s.endsAt(), s.room(), s.capacity(), s.speakerProfileIds(), s.projectId(), status,
                version, List.copyOf(changedFields), changedAt);
        outbox.publish(EventEnvelope.of(EventType.SESSION_CHANGED, SOURCE, s.eventId().toString(), data));
    }
}
