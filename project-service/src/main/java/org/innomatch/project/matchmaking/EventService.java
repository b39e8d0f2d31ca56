package org.innomatch.project.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.innomatch.caller.CallerIdentity;
import org.innomatch.problems.EntityTags;
import org.innomatch.problems.MergePatch;
import org.innomatch.problems.ProblemException;
import org.innomatch.caller.Role;
import org.innomatch.project.codes.CodeValidator;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.project.common.RequestBodies;
import org.innomatch.project.common.Timestamps;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Matchmaking events: validated, versioned, and published on innomatch.events with every change. */
@ApplicationScoped
public class EventService {

    private final EntityManager entityManager;
    private final MatchmakingEvents events;
    private final CodeValidator codes;
    private final RequestBodies bodies;

    private final CallerIdentity caller;

    EventService(EntityManager entityManager, MatchmakingEvents events, CodeValidator codes, RequestBodies bodies,
                 CallerIdentity caller) {
        this.caller = caller;
        this.entityManager = entityManager;
        this.events = events;
        this.codes = codes;
        this.bodies = bodies;
    }

    @Transactional
    public EventView create(EventRequest request) {
        // Matchmaking events are the organiser's.
        caller.caller().requireRole("create matchmaking events", Role.ADMIN);
        validate(request);
        Instant now = Timestamps.now();
        MatchmakingEvent event = new MatchmakingEvent();
        event.id = UUID.randomUUID();
        copy(request, event);
        event.status = request.status() == null ? EventStatus.DRAFT : EventStatus.valueOf(request.status());
        event.createdAt = now;
        event.updatedAt = now;
        event.persist();
        flush();
        events.upserted(event);
        return EventView.of(event);
    }

    @Transactional
    public EventView get(UUID id) {
        return EventView.of(find(id));
    }

    /** Soonest first, (startsAt, id) ascending. */
    @Transactional
    public Page<EventView> list(String status, String cursor, int limit) {
        FieldErrors errors = new FieldErrors();
        String statusFilter = status == null || status.isBlank() ? null : status.strip();
        errors.add(codes.enumCode("status", statusFilter, EventStatus.class));
        errors.throwBadRequestIfAny("Invalid list parameters");
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);

        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (statusFilter != null) {
            query.append(" and status = :status");
            parameters.and("status", EventStatus.valueOf(statusFilter));
        }
        if (after != null) {
            query.append(" and (startsAt > :afterAt or (startsAt = :afterAt and id > :afterId))");
            parameters.and("afterAt", after.position()).and("afterId", after.id());
        }
        // range is inclusive: one more than asked tells whether there is a next page.
        List<MatchmakingEvent> rows = MatchmakingEvent.<MatchmakingEvent>find(query.toString(),
                        Sort.ascending("startsAt", "id"), parameters)
                .range(0, limit).list();
        boolean more = rows.size() > limit;
        List<MatchmakingEvent> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new KeysetCursor(page.get(limit - 1).startsAt, page.get(limit - 1).id).encode() : null;
        return new Page<>(page.stream().map(EventView::of).toList(), next);
    }

    /** Replaces the editable fields; an omitted status stays as it is. {@code ifMatch} is required. */
    @Transactional
    public EventView replace(UUID id, String ifMatch, EventRequest request) {
        caller.caller().requireRole("change matchmaking events", Role.ADMIN);
        MatchmakingEvent event = find(id);
        EntityTags.require(ifMatch, event.version);
        return update(event, request);
    }

    @Transactional
    public EventView patch(UUID id, String ifMatch, JsonNode patch) {
        caller.caller().requireRole("change matchmaking events", Role.ADMIN);
        MatchmakingEvent event = find(id);
        EntityTags.require(ifMatch, event.version);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        JsonNode merged = MergePatch.apply(bodies.toTree(EventView.of(event).toRequest()), patch);
        return update(event, bodies.read(merged, EventRequest.class));
    }

    private EventView update(MatchmakingEvent event, EventRequest request) {
        validate(request);
        if (request.status() != null) {
            EventStatus next = EventStatus.valueOf(request.status());
            // Registrations may exist once an event was opened; a draft is something nobody could register for.
            if (next == EventStatus.DRAFT && event.status != EventStatus.DRAFT) {
                throw ProblemException.conflict("Event " + event.id + " is " + event.status
                        + "; an event that was opened cannot go back to DRAFT");
            }
            event.status = next;
        }
        copy(request, event);
        event.updatedAt = Timestamps.now();
        flush();
        events.upserted(event);
        return EventView.of(event);
    }

    MatchmakingEvent find(UUID id) {
        MatchmakingEvent event = MatchmakingEvent.findById(id);
        if (event == null) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    private void validate(EventRequest request) {
        FieldErrors errors = new FieldErrors();
        boolean zoneKnown = ZoneId.getAvailableZoneIds().contains(request.timezone());
        if (!zoneKnown) {
            errors.reject("timezone", "must be an IANA time zone id such as Asia/Shanghai or Europe/Warsaw",
                    request.timezone());
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            errors.reject("endsAt", "must be after startsAt", request.endsAt());
        } else if (Duration.between(request.startsAt(), request.endsAt()).toMinutes() < request.slotMinutes()) {
            errors.reject("slotMinutes", "must fit between startsAt and endsAt at least once", request.slotMinutes());
        }
        errors.add(codes.enumCode("status", request.status(), EventStatus.class));
        validateBreaks(request, errors);
        errors.throwIfAny();
    }

    private static void validateBreaks(EventRequest request, FieldErrors errors) {
        List<EventBreakBody> breaks = request.breaks() == null ? List.of() : request.breaks();
        for (int i = 0; i < breaks.size(); i++) {
            EventBreakBody b = breaks.get(i);
            if (!b.endsAt().isAfter(b.startsAt())) {
                errors.reject("breaks[" + i + "].endsAt", "must be after breaks[" + i + "].startsAt", b.endsAt());
            } else if (b.startsAt().isBefore(request.startsAt()) || b.endsAt().isAfter(request.endsAt())) {
                errors.reject("breaks[" + i + "].startsAt", "must lie between the event's startsAt and endsAt", b.startsAt());
            }
            for (int j = 0; j < i; j++) {
                EventBreakBody o = breaks.get(j);
                if (b.startsAt().isBefore(o.endsAt()) && o.startsAt().isBefore(b.endsAt())) {
                    errors.reject("breaks[" + i + "].startsAt", "overlaps breaks[" + j + "]", b.startsAt());
                }
            }
        }
    }

    private static void copy(EventRequest request, MatchmakingEvent event) {
        event.name = request.name().strip();
        event.city = request.city().strip();
        event.timezone = request.timezone();
        event.startsAt = request.startsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        event.endsAt = request.endsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        event.slotMinutes = request.slotMinutes();
        event.tables = request.tables();
        event.breaks.clear();
        if (request.breaks() != null) {
            request.breaks().stream().sorted(java.util.Comparator.comparing(EventBreakBody::startsAt)).forEach(b -> {
                EventBreak stored = new EventBreak();
                stored.startsAt = b.startsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
                stored.endsAt = b.endsAt().toInstant().truncatedTo(ChronoUnit.MICROS);
                stored.label = b.label() == null || b.label().isBlank() ? null : b.label().strip();
                event.breaks.add(stored);
            });
        }
    }

    private void flush() {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The event was changed by someone else meanwhile; "
                    + "read it again and reapply your change");
        }
    }
}
