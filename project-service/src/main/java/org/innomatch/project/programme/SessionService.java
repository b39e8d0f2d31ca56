package org.innomatch.project.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.innomatch.caller.CallerIdentity;
import org.innomatch.caller.Role;
import org.innomatch.problems.EntityTags;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.MergePatch;
import org.innomatch.problems.Page;
import org.innomatch.problems.ProblemException;
import org.innomatch.project.codes.CodeValidator;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.project.common.RequestBodies;
import org.innomatch.project.knownprofiles.KnownProfiles;
import org.innomatch.project.matchmaking.EventStatus;
import org.innomatch.project.matchmaking.MatchmakingEvent;
import org.innomatch.project.projects.Project;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * The programme of a matchmaking event: sessions validated against the event and each other, versioned, and
 * published as SessionChanged with every change. Writes lock the event's row, so that two sessions cannot take the
 * same room at the same time through concurrent calls.
 */
@ApplicationScoped
public class SessionService {

    private final EntityManager entityManager;
    private final ProgrammeEvents events;
    private final KnownProfiles knownProfiles;
    private final CodeValidator codes;
    private final RequestBodies bodies;
    private final CallerIdentity caller;
    private final Clock clock;

    SessionService(EntityManager entityManager, ProgrammeEvents events, KnownProfiles knownProfiles,
                   CodeValidator codes, RequestBodies bodies, CallerIdentity caller, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.knownProfiles = knownProfiles;
        this.codes = codes;
        this.bodies = bodies;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public SessionView create(UUID eventId, SessionRequest request) {
        caller.caller().requireRole("plan the programme of matchmaking events", Role.ADMIN);
        MatchmakingEvent event = lockedEvent(eventId);
        validate(event, request, null);
        Instant now = now();
        ProgrammeSession session = new ProgrammeSession();
        session.id = UUID.randomUUID();
        session.eventId = eventId;
        copy(request, session);
        session.status = request.status() == null ? SessionStatus.SCHEDULED : SessionStatus.valueOf(request.status());
        session.createdAt = now;
        session.updatedAt = now;
        session.persist();
        flush();
        SessionView view = SessionView.of(session, event.timezone);
        events.sessionChanged(view, List.of(), now);
        return view;
    }

    @Transactional
    public SessionView get(UUID eventId, UUID sessionId) {
        MatchmakingEvent event = readableEvent(eventId);
        return SessionView.of(find(event, sessionId), event.timezone);
    }

    /** In programme order, (startsAt, id) ascending; cancelled sessions too, unless filtered out. */
    @Transactional
    public Page<SessionView> list(UUID eventId, String kind, String status, String cursor, int limit) {
        MatchmakingEvent event = readableEvent(eventId);
        String kindFilter = blankToNull(kind);
        String statusFilter = blankToNull(status);
        new FieldErrors().add(codes.enumCode("kind", kindFilter, SessionKind.class))
                .add(codes.enumCode("status", statusFilter, SessionStatus.class))
                .throwBadRequestIfAny("Invalid list parameters");
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);

        Parameters parameters = Parameters.with("eventId", eventId);
        StringBuilder query = new StringBuilder("eventId = :eventId");
        if (kindFilter != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", SessionKind.valueOf(kindFilter));
        }
        if (statusFilter != null) {
            query.append(" and status = :status");
            parameters.and("status", SessionStatus.valueOf(statusFilter));
        }
        return page(query, parameters, after, limit, s -> event.timezone);
    }

    /** Pages of sessions by (startsAt, id); {@code query} is extended with the cursor's condition. */
    static Page<SessionView> page(StringBuilder query, Parameters parameters, KeysetCursor after, int limit,
                                  Function<ProgrammeSession, String> timezoneOf) {
        if (after != null) {
            query.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
            parameters.and("afterAt", after.position()).and("afterId", after.id());
        }
        // range is inclusive: one more than asked tells whether there is a next page.
        List<ProgrammeSession> rows = ProgrammeSession.<ProgrammeSession>find(query.toString(),
                Sort.ascending("startsAt", "id"), parameters).range(0, limit).list();
        boolean more = rows.size() > limit;
        List<ProgrammeSession> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new KeysetCursor(page.get(limit - 1).startsAt, page.get(limit - 1).id).encode() : null;
        return new Page<>(page.stream().map(s -> SessionView.of(s, timezoneOf.apply(s))).toList(), next);
    }

    @Transactional
    public SessionView patch(UUID eventId, UUID sessionId, String ifMatch, JsonNode patch) {
        caller.caller().requireRole("change the programme of matchmaking events", Role.ADMIN);
        MatchmakingEvent event = lockedEvent(eventId);
        ProgrammeSession session = find(event, sessionId);
        EntityTags.require(ifMatch, session.version);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        SessionView before = SessionView.of(session, event.timezone);
        JsonNode merged = MergePatch.apply(bodies.toTree(before.toRequest()), patch);
        SessionRequest request = bodies.read(merged, SessionRequest.class);
        validate(event, request, session.id);
        copy(request, session);
        if (request.status() != null) {
            session.status = SessionStatus.valueOf(request.status());
        }
        List<String> changed = changedFields(before, SessionView.of(session, event.timezone));
        if (changed.isEmpty()) {
            // Nothing to tell anyone: no new version, nothing published.
            return before;
        }
        Instant now = now();
        session.updatedAt = now;
        flush();
        SessionView after = SessionView.of(session, event.timezone);
        events.sessionChanged(after, changed, now);
        return after;
    }

    /** Removes the session and its follows; its last state is published with status DELETED. */
    @Transactional
    public void delete(UUID eventId, UUID sessionId, String ifMatch) {
        caller.caller().requireRole("change the programme of matchmaking events", Role.ADMIN);
        MatchmakingEvent event = lockedEvent(eventId);
        ProgrammeSession session = find(event, sessionId);
        EntityTags.checkIfPresent(ifMatch, session.version);
        SessionView last = SessionView.of(session, event.timezone);
        SessionFollow.delete("id.sessionId", sessionId);
        session.delete();
        flush();
        events.sessionDeleted(last, now());
    }

    /** The event whose programme the caller may read: a DRAFT one's only admins see (others: 404). */
    MatchmakingEvent readableEvent(UUID eventId) {
        MatchmakingEvent event = MatchmakingEvent.findById(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        if (event.status == EventStatus.DRAFT && !caller.caller().isAdmin()) {
            throw ProblemException.notFound("programme of the DRAFT event", eventId);
        }
        return event;
    }

    static MatchmakingEvent lockedEvent(UUID eventId) {
        MatchmakingEvent event = MatchmakingEvent.findLocked(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        return event;
    }

    static ProgrammeSession find(MatchmakingEvent event, UUID sessionId) {
        ProgrammeSession session = ProgrammeSession.findById(sessionId);
        if (session == null || !session.eventId.equals(event.id)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }

    private void validate(MatchmakingEvent event, SessionRequest request, UUID self) {
        FieldErrors errors = new FieldErrors();
        errors.add(codes.enumCode("kind", request.kind(), SessionKind.class));
        errors.add(codes.enumCode("status", request.status(), SessionStatus.class));
        boolean timesValid = validateTimes(event, request, errors);
        boolean scheduled = request.status() == null || SessionStatus.SCHEDULED.name().equals(request.status());
        String room = blankToNull(request.room());
        if (timesValid && scheduled && room != null) {
            ProgrammeSession taken = ProgrammeSession.<ProgrammeSession>find("eventId = :eventId "
                            + "and lower(room) = :room and status = :scheduled and id <> :self "
                            + "and startsAt < :endsAt and endsAt > :startsAt",
                    Sort.ascending("startsAt"),
                    Parameters.with("eventId", event.id).and("room", room.toLowerCase(Locale.ROOT))
                            .and("scheduled", SessionStatus.SCHEDULED)
                            .and("self", self == null ? new UUID(0, 0) : self)
                            .and("endsAt", request.endsAt().toInstant())
                            .and("startsAt", request.startsAt().toInstant()))
                    .firstResult();
            if (taken != null) {
                errors.reject("room", "is taken from " + SessionView.of(taken, event.timezone).startsAt() + " to "
                        + SessionView.of(taken, event.timezone).endsAt() + " by session " + taken.id + " ("
                        + taken.title + ")", request.room());
            }
        }
        validateSpeakers(request.speakerProfileIds(), errors);
        validateProject(request, errors);
        errors.throwIfAny();
    }

    /** Whether the times are usable for the room check: ordered and on the event's days at the venue. */
    private static boolean validateTimes(MatchmakingEvent event, SessionRequest request, FieldErrors errors) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            errors.reject("endsAt", "must be after startsAt", request.endsAt());
            return false;
        }
        // The event's days, not only its opening hours: a policy talk may open the day before the first slot.
        ZoneId zone = ZoneId.of(event.timezone);
        LocalDate firstDay = event.startsAt.atZone(zone).toLocalDate();
        LocalDate lastDay = event.endsAt.atZone(zone).toLocalDate();
        Instant dayStart = firstDay.atStartOfDay(zone).toInstant();
        Instant dayEnd = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        String days = firstDay.equals(lastDay) ? firstDay.toString() : firstDay + " to " + lastDay;
        boolean valid = true;
        if (request.startsAt().toInstant().isBefore(dayStart) || !request.startsAt().toInstant().isBefore(dayEnd)) {
            errors.reject("startsAt", "must be on the event's days (" + days + " in " + event.timezone + ")",
                    request.startsAt());
            valid = false;
        }
        if (request.endsAt().toInstant().isAfter(dayEnd)) {
            errors.reject("endsAt", "must be on the event's days (" + days + " in " + event.timezone + ")",
                    request.endsAt());
            valid = false;
        }
        return valid;
    }

    private void validateSpeakers(List<UUID> speakers, FieldErrors errors) {
        if (speakers == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < speakers.size(); i++) {
            UUID speaker = speakers.get(i);
            if (!seen.add(speaker)) {
                errors.reject("speakerProfileIds[" + i + "]", "is named twice", speaker);
            } else if (!knownProfiles.exists(speaker)) {
                errors.reject("speakerProfileIds[" + i + "]", "must be the id of an existing profile", speaker);
            }
        }
    }

    private static void validateProject(SessionRequest request, FieldErrors errors) {
        boolean pitch = SessionKind.ROADSHOW_PITCH.name().equals(request.kind());
        if (pitch && request.projectId() == null) {
            errors.reject("projectId", "is required for a ROADSHOW_PITCH: the project it presents", null);
        } else if (!pitch && request.projectId() != null && request.kind() != null) {
            errors.reject("projectId", "only a ROADSHOW_PITCH presents a project", request.projectId());
        } else if (pitch && Project.count("id", request.projectId()) == 0) {
            errors.reject("projectId", "must be the id of an existing project", request.projectId());
        }
    }

    private static void copy(SessionRequest request, ProgrammeSession session) {
        session.kind = SessionKind.valueOf(request.kind());
        session.title = request.title().strip();
        session.description = blankToNull(request.description());
        session.startsAt = request.startsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        session.endsAt = request.endsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        session.room = blankToNull(request.room());
        session.capacity = request.capacity();
        List<UUID> speakers = request.speakerProfileIds() == null ? List.of() : request.speakerProfileIds();
        if (!speakers.equals(session.speakerProfileIds)) {
            session.speakerProfileIds = new ArrayList<>(speakers);
        }
        session.projectId = request.projectId();
    }

    /** The names of the SessionChanged fields that differ, in the contract's order. */
    static List<String> changedFields(SessionView before, SessionView after) {
        List<String> changed = new ArrayList<>();
        add(changed, "kind", before.kind(), after.kind());
        add(changed, "title", before.title(), after.title());
        add(changed, "description", before.description(), after.description());
        add(changed, "startsAt", before.startsAt().toInstant(), after.startsAt().toInstant());
        add(changed, "endsAt", before.endsAt().toInstant(), after.endsAt().toInstant());
        add(changed, "room", before.room(), after.room());
        add(changed, "capacity", before.capacity(), after.capacity());
        add(changed, "speakerProfileIds", before.speakerProfileIds(), after.speakerProfileIds());
        add(changed, "projectId", before.projectId(), after.projectId());
        add(changed, "status", before.status(), after.status());
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The session was changed by someone else meanwhile; "
                    + "read it again and reapply your change");
        }
    }
}
