package org.innomatch.project.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CallerIdentity;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.problems.ProblemException;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.project.knownprofiles.KnownProfiles;
import org.innomatch.project.matchmaking.MatchmakingEvent;
import org.innomatch.project.matchmaking.Registration;
import org.innomatch.project.matchmaking.RegistrationCancelled;
import org.innomatch.project.matchmaking.RegistrationId;
import org.innomatch.project.matchmaking.RegistrationStatus;

import io.quarkus.panache.common.Parameters;

/**
 * Participants following sessions: following is not booking (no seat is taken, capacity does not limit it); it needs
 * a current registration to the event, and ends when that registration is cancelled. Every change is published as
 * SessionFollowChanged.
 */
@ApplicationScoped
public class FollowService {

    private final ProgrammeEvents events;
    private final KnownProfiles knownProfiles;
    private final CallerIdentity caller;
    private final Clock clock;

    FollowService(ProgrammeEvents events, KnownProfiles knownProfiles, CallerIdentity caller, Clock clock) {
        this.events = events;
        this.knownProfiles = knownProfiles;
        this.caller = caller;
        this.clock = clock;
    }

    /** The follow and whether this call started it. */
    public record Outcome(FollowView follow, boolean created) {
    }

    /**
     * Follows a session; following it again changes nothing. The event's row is locked, so a concurrent cancellation
     * of the registration cannot leave a follow behind.
     */
    @Transactional
    public Outcome follow(UUID eventId, UUID sessionId, UUID profileId) {
        MatchmakingEvent event = SessionService.lockedEvent(eventId);
        ProgrammeSession session = SessionService.find(event, sessionId);
        requireManager("follow sessions for", profileId);
        SessionFollowId id = new SessionFollowId(sessionId, profileId);
        SessionFollow follow = SessionFollow.findById(id);
        if (follow != null && follow.status == FollowStatus.FOLLOWING) {
            return new Outcome(FollowView.of(follow), false);
        }
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration == null || registration.status != RegistrationStatus.REGISTERED) {
            new FieldErrors().reject("profileId", "must be registered to event " + eventId
                    + " to follow its sessions", profileId).throwIfAny();
        }
        if (session.status != SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("Session " + sessionId + " is " + session.status
                    + "; only a SCHEDULED session can be followed");
        }
        Instant now = now();
        boolean renewal = follow != null;
        if (!renewal) {
            follow = new SessionFollow();
            follow.id = id;
            follow.eventId = eventId;
        }
        follow.status = FollowStatus.FOLLOWING;
        follow.followedAt = now;
        follow.updatedAt = now;
        follow.version++;
        if (!renewal) {
            follow.persist();
        }
        events.followChanged(follow, actor(), now);
        return new Outcome(FollowView.of(follow), true);
    }

    /** Stops following; unfollowing a session not followed changes nothing. */
    @Transactional
    public void unfollow(UUID eventId, UUID sessionId, UUID profileId) {
        MatchmakingEvent event = SessionService.lockedEvent(eventId);
        SessionService.find(event, sessionId);
        requireManager("unfollow sessions for", profileId);
        SessionFollow follow = SessionFollow.findById(new SessionFollowId(sessionId, profileId));
        if (follow == null || follow.status == FollowStatus.UNFOLLOWED) {
            return;
        }
        end(follow, actor(), now());
    }

    /** A cancelled registration ends the profile's follows of that event, in the cancelling transaction. */
    void registrationCancelled(@Observes RegistrationCancelled cancelled) {
        List<SessionFollow> follows = SessionFollow.list("eventId = ?1 and id.profileId = ?2 and status = ?3",
                cancelled.eventId(), cancelled.profileId(), FollowStatus.FOLLOWING);
        for (SessionFollow follow : follows) {
            end(follow, null, cancelled.cancelledAt());
        }
    }

    /**
     * The sessions a profile follows, in time order (startsAt, id), optionally of one event; for the profile itself,
     * its partner and admins.
     */
    @Transactional
    public Page<SessionView> followedSessions(UUID profileId, UUID eventId, String cursor, int limit) {
        requireManager("see the followed sessions of", profileId);
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        Parameters parameters = Parameters.with("profileId", profileId).and("following", FollowStatus.FOLLOWING);
        StringBuilder query = new StringBuilder("id in (select f.id.sessionId from SessionFollow f "
                + "where f.id.profileId = :profileId and f.status = :following)");
        if (eventId != null) {
            query.append(" and eventId = :eventId");
            parameters.and("eventId", eventId);
        }
        Map<UUID, String> zones = new HashMap<>();
        return SessionService.page(query, parameters, after, limit, session -> zones.computeIfAbsent(session.eventId,
                id -> MatchmakingEvent.<MatchmakingEvent>findById(id).timezone));
    }

    private void end(SessionFollow follow, UUID actor, Instant now) {
        follow.status = FollowStatus.UNFOLLOWED;
        follow.updatedAt = now;
        follow.version++;
        events.followChanged(follow, actor, now);
    }

    /** A participant follows for itself; a partner for the profiles it created; an admin for anyone. */
    private void requireManager(String action, UUID profileId) {
        Caller who = caller.caller();
        String ownerPartner = who.partner().isPresent() ? knownProfiles.ownerPartnerId(profileId).orElse(null) : null;
        who.requireManage(action, "profile " + profileId, profileId.toString(), ownerPartner);
    }

    /** The participant making the change, if a participant makes it. */
    private UUID actor() {
        return caller.caller().participantProfileId().map(UUID::fromString).orElse(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
