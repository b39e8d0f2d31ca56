package org.innomatch.matching.programme;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The programme read model: sessions and who follows them. Upserts are guarded by a filter on the stored version;
 * when the stored state is as new or newer the filter misses, the upsert tries to insert the same {@code _id} and
 * the duplicate key tells us to drop the stale state (as {@code EventModelStore} does). A redelivery is a no-op.
 */
@ApplicationScoped
public class ProgrammeStore {

    /** Returns whether the state was applied (false: the stored one was the same or newer). */
    public boolean apply(SessionChanged s) {
        List<String> speakers = s.speakerProfileIds() == null ? List.of()
                : s.speakerProfileIds().stream().filter(Objects::nonNull).map(UUID::toString).distinct().toList();
        Bson update = Updates.combine(
                Updates.set("eventId", s.eventId().toString()), Updates.set("kind", s.kind()),
                Updates.set("title", s.title()), Updates.set("description", s.description()),
                Updates.set("startsAt", s.startsAt() == null ? null : s.startsAt().toInstant()),
                Updates.set("endsAt", s.endsAt() == null ? null : s.endsAt().toInstant()),
                Updates.set("room", s.room()), Updates.set("capacity", s.capacity()),
                Updates.set("speakerProfileIds", speakers),
                Updates.set("projectId", s.projectId() == null ? null : s.projectId().toString()),
                Updates.set("status", s.status()), Updates.set("version", s.version()),
                Updates.set("changedAt", s.changedAt()));
        boolean applied = guardedUpsert(ProgrammeSession.mongoCollection(),
                Filters.and(Filters.eq("_id", s.sessionId().toString()), Filters.lt("version", s.version())), update);
        if (ProgrammeSession.DELETED.equals(s.status())) {
            // Also on a redelivery: the follows of a deleted session end with it, however often we are told.
            SessionFollow.mongoCollection().deleteMany(Filters.eq("sessionId", s.sessionId().toString()));
        }
        return applied;
    }

    public boolean apply(SessionFollowChanged f) {
        ProgrammeSession session = ProgrammeSession.findById(f.sessionId().toString());
        if (session != null && ProgrammeSession.DELETED.equals(session.status)) {
            return false;
        }
        Bson update = Updates.combine(Updates.set("eventId", f.eventId().toString()),
                Updates.set("sessionId", f.sessionId().toString()), Updates.set("profileId", f.profileId().toString()),
                Updates.set("status", f.status()), Updates.set("version", f.version()),
                Updates.set("changedAt", f.changedAt()));
        return guardedUpsert(SessionFollow.mongoCollection(),
                Filters.and(Filters.eq("_id", SessionFollow.idOf(f.sessionId(), f.profileId())),
                        Filters.lt("version", f.version())), update);
    }

    private static boolean guardedUpsert(MongoCollection<?> collection, Bson filter, Bson update) {
        try {
            collection.updateOne(filter, update, new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException ex) {
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
    }

    /** The event's sessions (SCHEDULED and CANCELLED), by start time. */
    public List<ProgrammeSession> sessions(UUID eventId) {
        return ProgrammeSession.<ProgrammeSession>list("eventId = ?1 and status != ?2", eventId.toString(),
                ProgrammeSession.DELETED).stream().sorted(ORDER).toList();
    }

    /** The ids of the event's sessions the profile follows. */
    public Set<String> followed(UUID eventId, UUID profileId) {
        return SessionFollow.<SessionFollow>list("eventId = ?1 and profileId = ?2 and status = ?3", eventId.toString(),
                profileId.toString(), SessionFollow.FOLLOWING).stream().map(f -> f.sessionId)
                .collect(Collectors.toSet());
    }

    /** The event's sessions (not deleted) the profile follows or speaks at, by start time. */
    public List<ProgrammeSession> agendaOf(UUID eventId, UUID profileId) {
        Set<String> followed = followed(eventId, profileId);
        return sessions(eventId).stream().filter(s -> followed.contains(s.id) || s.hasSpeaker(profileId.toString()))
                .toList();
    }

    /**
     * Per participant, the scheduled sessions of the event it follows or speaks at: the periods it is busy with the
     * programme.
     */
    public Map<String, List<ProgrammeSession>> attendedSessions(UUID eventId) {
        Map<String, ProgrammeSession> byId = new LinkedHashMap<>();
        sessions(eventId).forEach(s -> byId.put(s.id, s));
        Map<String, Set<String>> followers = new HashMap<>();
        for (SessionFollow f : SessionFollow.<SessionFollow>list("eventId = ?1 and status = ?2", eventId.toString(),
                SessionFollow.FOLLOWING)) {
            followers.computeIfAbsent(f.sessionId, k -> new HashSet<>()).add(f.profileId);
        }
        return Attendance.byParticipant(byId.values(), followers);
    }

    public static final Comparator<ProgrammeSession> ORDER = Comparator
            .comparing((ProgrammeSession s) -> s.startsAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(s -> s.id);
}
