package org.innomatch.notification.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;

/**
 * Sessions and their followers as this service needs them to notify. Records of one matchmaking event share a key
 * and so a partition: they are handled one at a time, in order, so a read-then-write is safe; versions still guard
 * against a state re-published out of order after an outage.
 */
@ApplicationScoped
public class ProgrammeReadModel {

    public Optional<KnownSession> session(UUID sessionId) {
        return Optional.ofNullable(KnownSession.findById(sessionId.toString()));
    }

    /** Keeps the state unless a newer version is held; a DELETED one also ends the session's follows. */
    public void apply(SessionChanged s) {
        KnownSession current = KnownSession.findById(s.sessionId().toString());
        if (current != null && current.version > s.version()) {
            return;
        }
        KnownSession k = current != null ? current : new KnownSession();
        k.id = s.sessionId().toString();
        k.eventId = s.eventId().toString();
        k.title = s.title();
        k.startsAt = s.startsAt() == null ? null : s.startsAt().toInstant().toString();
        k.endsAt = s.endsAt() == null ? null : s.endsAt().toInstant().toString();
        k.room = s.room();
        k.status = s.status();
        k.speakerProfileIds = new ArrayList<>(s.speakerProfileIds() == null ? List.of()
                : s.speakerProfileIds().stream().map(UUID::toString).toList());
        k.version = s.version();
        k.persistOrUpdate();
        if ("DELETED".equals(s.status())) {
            SessionFollower.delete("sessionId", k.id);
        }
    }

    public void apply(SessionFollowChanged f) {
        String id = f.sessionId() + "/" + f.profileId();
        SessionFollower current = SessionFollower.findById(id);
        if (current != null && current.version > f.version()) {
            return;
        }
        KnownSession session = KnownSession.findById(f.sessionId().toString());
        if (session != null && "DELETED".equals(session.status)) {
            return;
        }
        SessionFollower follower = current != null ? current : new SessionFollower();
        follower.id = id;
        follower.sessionId = f.sessionId().toString();
        follower.eventId = f.eventId().toString();
        follower.profileId = f.profileId().toString();
        follower.status = f.status();
        follower.version = f.version();
        follower.persistOrUpdate();
    }

    /** The profiles following the session now. */
    public List<UUID> followers(UUID sessionId) {
        return SessionFollower.<SessionFollower>list("sessionId = ?1 and status = ?2", sessionId.toString(),
                SessionFollower.FOLLOWING).stream().map(f -> UUID.fromString(f.profileId)).toList();
    }
}
