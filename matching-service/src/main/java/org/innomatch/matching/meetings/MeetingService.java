package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.eventmodel.EventSlots;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.recommendations.RecommendationService;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;
import org.jboss.logging.Logger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import io.quarkus.panache.common.Sort;

/**
 * The request lifecycle. Each change is written conditionally on the revision read, then published; a change
 * whose publish failed stays {@code published=false} and {@link #republishPending} sends it again.
 */
@ApplicationScoped
public class MeetingService {

    private static final Logger LOG = Logger.getLogger(MeetingService.class);
    static final int MAX_PREFERRED_SLOTS = 5;

    private final EventModelStore events;
    private final MeetingQuotas quotas;
    private final MeetingPublisher publisher;
    private final RecommendationService recommendations;
    private final MeetingSettings settings;
    private final Clock clock;

    public MeetingService(EventModelStore events, MeetingQuotas quotas, MeetingPublisher publisher,
                          RecommendationService recommendations, MeetingSettings settings, Clock clock) {
        this.events = events;
        this.quotas = quotas;
        this.publisher = publisher;
        this.recommendations = recommendations;
        this.settings = settings;
        this.clock = clock;
    }

    public Meeting request(UUID eventId, MeetingRequest request) {
        EventDefinition event = requireEvent(eventId);
        Instant now = now();
        if (request.requesterProfileId().equals(request.inviteeProfileId())) {
            throw ProblemException.badRequest("A participant cannot request a meeting with themselves",
                    FieldError.of("inviteeProfileId", "must differ from requesterProfileId", request.inviteeProfileId()));
        }
        if (event.endsAt != null && !now.isBefore(event.endsAt)) {
            throw ProblemException.conflict("Event " + eventId + " has ended");
        }
        List<FieldError> errors = new ArrayList<>();
        if (!events.isRegistered(eventId, request.requesterProfileId())) {
            errors.add(FieldError.of("requesterProfileId", "is not registered for the event", request.requesterProfileId()));
        }
        if (!events.isRegistered(eventId, request.inviteeProfileId())) {
            errors.add(FieldError.of("inviteeProfileId", "is not registered for the event", request.inviteeProfileId()));
        }
        List<Instant> preferred = slotStarts(event, request.preferredSlots(), "preferredSlots", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String eid = eventId.toString();
        String requester = request.requesterProfileId().toString();
        String invitee = request.inviteeProfileId().toString();
        String meetingId = UUID.randomUUID().toString();

        expireDuePendingOf(eid, requester, now);
        String pairKey = claimPair(eid, requester, invitee, meetingId, now);
        List<String> held = new ArrayList<>(List.of(pairKey));
        try {
            String pending = quotas.claim(MeetingQuotas.PENDING, eid, requester, settings.maxPendingOutgoing(), meetingId)
                    .orElseThrow(() -> ProblemException.conflict("requesterProfileId " + requester + " already has "
                            + settings.maxPendingOutgoing() + " unanswered requests at this event (innomatch.meetings.max-pending-outgoing)"));
            held.add(pending);
            for (String p : List.of(requester, invitee)) {
                if (quotas.used(MeetingQuotas.MEETINGS, eid, p) >= settings.maxPerEvent()) {
                    throw ProblemException.conflict((p.equals(requester) ? "requesterProfileId " : "inviteeProfileId ") + p
                            + " already has " + settings.maxPerEvent() + " meetings at this event (innomatch.meetings.max-per-event)");
                }
            }
            Meeting m = new Meeting();
            m.id = meetingId;
            m.eventId = eid;
            m.requesterProfileId = requester;
            m.inviteeProfileId = invitee;
            m.status = MeetingStatus.PENDING.name();
            m.origin = "REQUEST";
            m.message = request.message();
            m.preferredSlots = preferred;
            m.actorProfileId = requester;
            m.createdAt = now;
            m.updatedAt = now;
            m.expiresAt = expiryOf(now, event);
            m.score = recommendations.scoreOf(TargetType.PROFILE, request.requesterProfileId(), TargetType.PROFILE,
                    request.inviteeProfileId());
            m.quotaKeys = held;
            m.revision = 1;
            m.published = false;
            m.persist();
            publish(List.of(m));
            return m;
        } catch (RuntimeException e) {
            quotas.release(held, meetingId);
            throw e;
        }
    }

    /**
     * An agreed meeting nobody requested (the scheduler's mutual-match suggestions): empty when the pair already
     * has an active meeting or a side reached its per-event cap.
     */
    Optional<Meeting> createAgreed(EventDefinition event, String a, String b, double score, String origin) {
        String meetingId = UUID.randomUUID().toString();
        Optional<String> pair = quotas.claimPair(event.id, a, b, meetingId);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        List<String> held = new ArrayList<>(List.of(pair.get()));
        for (String p : List.of(a, b)) {
            Optional<String> key = quotas.claim(MeetingQuotas.MEETINGS, event.id, p, settings.maxPerEvent(), meetingId);
            if (key.isEmpty()) {
                quotas.release(held, meetingId);
                return Optional.empty();
            }
            held.add(key.get());
        }
        Instant now = now();
        Meeting m = new Meeting();
        m.id = meetingId;
        m.eventId = event.id;
        m.requesterProfileId = a;
        m.inviteeProfileId = b;
        m.status = MeetingStatus.ACCEPTED.name();
        m.origin = origin;
        m.createdAt = now;
        m.updatedAt = now;
        m.acceptedAt = now;
        m.score = score;
        m.quotaKeys = held;
        m.revision = 1;
        m.persist();
        publish(List.of(m));
        return Optional.of(m);
    }

    public Meeting accept(UUID eventId, UUID meetingId, UUID actor) {
        Meeting m = requireOpen(eventId, meetingId);
        String answering = answeringParty(m);
        requireActor(actor, answering, "accept");
        List<String> claimed = new ArrayList<>();
        for (String p : List.of(m.requesterProfileId, m.inviteeProfileId)) {
            Optional<String> key = quotas.claim(MeetingQuotas.MEETINGS, m.eventId, p, settings.maxPerEvent(), m.id);
            if (key.isEmpty()) {
                quotas.release(claimed, m.id);
                throw ProblemException.conflict((p.equals(m.requesterProfileId) ? "requesterProfileId " : "inviteeProfileId ")
                        + p + " already has " + settings.maxPerEvent() + " meetings at this event (innomatch.meetings.max-per-event)");
            }
            claimed.add(key.get());
        }
        List<String> releasable = pendingKeys(m);
        try {
            change(m, x -> {
                if (x.state() == MeetingStatus.PROPOSED && x.proposedSlot != null) {
                    x.preferredSlots = new ArrayList<>(List.of(x.proposedSlot));
                }
                x.status = MeetingStatus.ACCEPTED.name();
                x.acceptedAt = now();
                x.actorProfileId = actor.toString();
                x.reason = null;
                x.expiresAt = null;
                x.quotaKeys.removeAll(releasable);
                x.quotaKeys.addAll(claimed);
            });
        } catch (RuntimeException e) {
            quotas.release(claimed, m.id);
            throw e;
        }
        quotas.release(releasable, m.id);
        return m;
    }

    public Meeting decline(UUID eventId, UUID meetingId, UUID actor, String reason) {
        Meeting m = requireOpen(eventId, meetingId);
        requireActor(actor, answeringParty(m), "decline");
        return end(m, MeetingStatus.DECLINED, actor.toString(), reason);
    }

    public Meeting propose(UUID eventId, UUID meetingId, UUID actor, OffsetDateTime slotStart) {
        Meeting m = requireOpen(eventId, meetingId);
        if (m.state() != MeetingStatus.PENDING) {
            throw ProblemException.conflict("Meeting " + meetingId + " is " + m.status + "; only a PENDING request can get a counter-proposal");
        }
        requireActor(actor, m.inviteeProfileId, "propose another slot for");
        EventDefinition event = requireEvent(eventId);
        List<FieldError> errors = new ArrayList<>();
        List<Instant> slot = slotStarts(event, slotStart == null ? null : List.of(slotStart), "slotStart", errors);
        if (slotStart == null) {
            errors.add(FieldError.of("slotStart", "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = now();
        return change(m, x -> {
            x.status = MeetingStatus.PROPOSED.name();
            x.proposedSlot = slot.get(0);
            x.actorProfileId = actor.toString();
            x.expiresAt = expiryOf(now, event);
        });
    }

    public Meeting cancel(UUID eventId, UUID meetingId, UUID actor, String reason) {
        Meeting m = requireMeeting(eventId, meetingId);
        expireIfDue(m, now());
        MeetingStatus s = m.state();
        if (!s.isOpen() && !s.isAgreed()) {
            throw ProblemException.conflict("Meeting " + meetingId + " is " + m.status + " and cannot be cancelled");
        }
        if (!m.involves(actor.toString())) {
            throw ProblemException.forbidden("actorProfileId " + actor + " is neither side of meeting " + meetingId);
        }
        return end(m, MeetingStatus.CANCELLED, actor.toString(), reason);
    }

    /** Admin: pins a scheduled meeting to its slot and table for later scheduler runs, or releases it. */
    public Meeting setLocked(UUID eventId, UUID meetingId, boolean locked) {
        Meeting m = requireMeeting(eventId, meetingId);
        if (locked && m.state() != MeetingStatus.SCHEDULED) {
            throw ProblemException.conflict("Meeting " + meetingId + " is " + m.status + "; only a SCHEDULED meeting can be locked");
        }
        if (m.locked == locked) {
            return m;
        }
        return change(m, x -> x.locked = locked);
    }

    /** A side rates a scheduled meeting once its slot has ended; a later rating by the same side replaces it. */
    public Meeting rate(UUID eventId, UUID meetingId, UUID actor, Outcome outcome) {
        Meeting m = requireMeeting(eventId, meetingId);
        if (!m.involves(actor.toString())) {
            throw ProblemException.forbidden("actorProfileId " + actor + " is neither side of meeting " + meetingId);
        }
        if (m.state() != MeetingStatus.SCHEDULED || m.slotEnd == null) {
            throw ProblemException.conflict("Meeting " + meetingId + " is " + m.status + "; only a scheduled meeting can be rated");
        }
        if (now().isBefore(m.slotEnd)) {
            throw ProblemException.conflict("Meeting " + meetingId + " ends at " + m.slotEnd + "; rate it afterwards");
        }
        boolean requester = actor.toString().equals(m.requesterProfileId);
        return change(m, x -> {
            x.actorProfileId = actor.toString();
            if (requester) {
                x.requesterOutcome = outcome.name();
            } else {
                x.inviteeOutcome = outcome.name();
            }
        });
    }

    public Meeting get(UUID eventId, UUID meetingId) {
        Meeting m = requireMeeting(eventId, meetingId);
        expireIfDue(m, now());
        return m;
    }

    public List<Meeting> list(UUID eventId, UUID profileId, MeetingStatus status) {
        String eid = eventId.toString();
        List<Meeting> found = profileId == null
                ? Meeting.list("eventId", Sort.ascending("createdAt"), eid)
                : Meeting.list("eventId = ?1 and (requesterProfileId = ?2 or inviteeProfileId = ?2)", Sort.ascending("createdAt"),
                        eid, profileId.toString());
        Instant now = now();
        found.forEach(m -> expireIfDue(m, now));
        return status == null ? found : found.stream().filter(m -> m.state() == status).toList();
    }

    /** Expires every unanswered request whose time is up; returns how many. */
    public int expireDue(Instant now) {
        int n = 0;
        for (Meeting m : Meeting.<Meeting>list("status in ?1 and expiresAt <= ?2",
                List.of(MeetingStatus.PENDING.name(), MeetingStatus.PROPOSED.name()), now)) {
            if (expireIfDue(m, now)) {
                n++;
            }
        }
        return n;
    }

    public int republishPending(Instant olderThan) {
        List<Meeting> due = Meeting.<Meeting>list("published = ?1", Sort.ascending("updatedAt"), false).stream()
                .filter(m -> m.updatedAt == null || m.updatedAt.isBefore(olderThan)).toList();
        return due.isEmpty() ? 0 : publish(due);
    }

    /**
     * Writes a change if nobody changed the meeting since it was read (else 409), then publishes it.
     * Package-private for the scheduler, which publishes its changes in bulk ({@code publish = false}).
     */
    Meeting change(Meeting m, Consumer<Meeting> mutation) {
        write(m, mutation);
        publish(List.of(m));
        return m;
    }

    void write(Meeting m, Consumer<Meeting> mutation) {
        long expected = m.revision;
        mutation.accept(m);
        m.revision = expected + 1;
        m.published = false;
        m.updatedAt = now();
        UpdateResult r = Meeting.mongoCollection().replaceOne(
                Filters.and(Filters.eq("_id", m.id), Filters.eq("revision", expected)), m);
        if (r.getMatchedCount() == 0) {
            m.revision = expected;
            throw ProblemException.conflict("Meeting " + m.id + " was changed meanwhile; reload it and retry");
        }
    }

    /** Publishes the current state of each meeting and marks the acknowledged ones; returns how many were acked. */
    int publish(List<Meeting> meetings) {
        Map<String, ZoneId> zones = new HashMap<>();
        List<MeetingChanged> changes = meetings.stream()
                .map(m -> toEvent(m, zones.computeIfAbsent(m.eventId, this::zoneOf))).toList();
        List<Boolean> acked = publisher.publishAll(changes);
        int n = 0;
        for (int i = 0; i < meetings.size(); i++) {
            Meeting m = meetings.get(i);
            if (acked.get(i)) {
                Meeting.mongoCollection().updateOne(Filters.and(Filters.eq("_id", m.id), Filters.eq("revision", m.revision)),
                        Updates.set("published", true));
                m.published = true;
                n++;
            } else {
                LOG.warnf("MeetingChanged %s@%d not published yet; the re-publisher will retry", m.id, m.revision);
            }
        }
        return n;
    }

    static MeetingChanged toEvent(Meeting m, ZoneId zone) {
        return new MeetingChanged(UUID.fromString(m.id), UUID.fromString(m.eventId), UUID.fromString(m.requesterProfileId),
                UUID.fromString(m.inviteeProfileId), m.status, at(m.slotStart, zone), at(m.slotEnd, zone), m.table,
                m.message, m.updatedAt, m.actorProfileId == null ? null : UUID.fromString(m.actorProfileId), m.reason,
                at(m.proposedSlot, zone), m.expiresAt, m.revision);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    ZoneId zoneOf(String eventId) {
        return events.event(UUID.fromString(eventId)).map(EventDefinition::zone).orElse(ZoneId.of("UTC"));
    }

    Instant expiryOf(Instant now, EventDefinition event) {
        Instant byTtl = now.plus(settings.pendingTtl());
        Instant bound = event.startsAt != null && now.isBefore(event.startsAt) ? event.startsAt : event.endsAt;
        return bound != null && bound.isBefore(byTtl) ? bound : byTtl;
    }

    EventDefinition requireEvent(UUID eventId) {
        return events.event(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    private Meeting requireMeeting(UUID eventId, UUID meetingId) {
        Meeting m = Meeting.findById(meetingId.toString());
        if (m == null || !m.eventId.equals(eventId.toString())) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        return m;
    }

    private Meeting requireOpen(UUID eventId, UUID meetingId) {
        Meeting m = requireMeeting(eventId, meetingId);
        expireIfDue(m, now());
        if (!m.state().isOpen()) {
            throw ProblemException.conflict("Meeting " + meetingId + " is " + m.status + " and no longer waits for an answer");
        }
        return m;
    }

    /** The invitee answers a request; the requester answers the invitee's counter-proposal. */
    private static String answeringParty(Meeting m) {
        return m.state() == MeetingStatus.PROPOSED ? m.requesterProfileId : m.inviteeProfileId;
    }

    private static void requireActor(UUID actor, String expected, String action) {
        if (!expected.equals(actor.toString())) {
            throw ProblemException.forbidden("actorProfileId " + actor + " cannot " + action + " this meeting; only "
                    + expected + " can");
        }
    }

    private Meeting end(Meeting m, MeetingStatus to, String actor, String reason) {
        List<String> keys = List.copyOf(m.quotaKeys);
        change(m, x -> {
            x.status = to.name();
            x.actorProfileId = actor;
            x.reason = reason;
            x.locked = false;
            x.quotaKeys = new ArrayList<>();
        });
        quotas.release(keys, m.id);
        return m;
    }

    /** Returns whether this call expired it. A concurrent answer wins: the meeting is then reloaded. */
    private boolean expireIfDue(Meeting m, Instant now) {
        if (!m.state().isOpen() || m.expiresAt == null || m.expiresAt.isAfter(now)) {
            return false;
        }
        try {
            end(m, MeetingStatus.EXPIRED, null, null);
            return true;
        } catch (ProblemException e) {
            Meeting fresh = Meeting.findById(m.id);
            copy(fresh, m);
            return false;
        }
    }

    private static void copy(Meeting from, Meeting to) {
        to.status = from.status;
        to.revision = from.revision;
        to.quotaKeys = from.quotaKeys;
        to.expiresAt = from.expiresAt;
        to.actorProfileId = from.actorProfileId;
        to.reason = from.reason;
        to.published = from.published;
        to.updatedAt = from.updatedAt;
    }

    private void expireDuePendingOf(String eventId, String requester, Instant now) {
        for (Meeting m : Meeting.<Meeting>list("eventId = ?1 and requesterProfileId = ?2 and status in ?3 and expiresAt <= ?4",
                eventId, requester, List.of(MeetingStatus.PENDING.name(), MeetingStatus.PROPOSED.name()), now)) {
            expireIfDue(m, now);
        }
    }

    private String claimPair(String eventId, String requester, String invitee, String meetingId, Instant now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<String> key = quotas.claimPair(eventId, requester, invitee, meetingId);
            if (key.isPresent()) {
                return key.get();
            }
            Optional<String> holder = quotas.pairHolder(eventId, requester, invitee);
            Meeting existing = holder.map(id -> Meeting.<Meeting>findById(id)).orElse(null);
            if (existing != null && expireIfDue(existing, now)) {
                continue;
            }
            throw ProblemException.conflict("inviteeProfileId " + invitee + " already has an active meeting or request with "
                    + requester + " at this event" + (existing == null ? "" : ": " + existing.id + " (" + existing.status + ")"));
        }
        throw ProblemException.conflict("Another request for this pair is being created; retry");
    }

    private static List<String> pendingKeys(Meeting m) {
        return m.quotaKeys.stream().filter(k -> k.startsWith(MeetingQuotas.PENDING + "|")).toList();
    }

    /** Each value must be the start of one of the event's slots (any offset: compared as instants). */
    static List<Instant> slotStarts(EventDefinition event, List<OffsetDateTime> values, String field, List<FieldError> errors) {
        List<Instant> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        if (values.size() > MAX_PREFERRED_SLOTS) {
            errors.add(FieldError.of(field, "at most " + MAX_PREFERRED_SLOTS + " slots", values.size()));
            return out;
        }
        EventSlots slots = event.slots();
        for (int i = 0; i < values.size(); i++) {
            OffsetDateTime v = values.get(i);
            String name = values.size() == 1 && !field.endsWith("s") ? field : field + "[" + i + "]";
            if (v == null || slots.startingAt(v.toInstant()).isEmpty()) {
                errors.add(FieldError.of(name, "is not the start of a meeting slot of the event", v));
            } else {
                out.add(v.toInstant());
            }
        }
        return out;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
