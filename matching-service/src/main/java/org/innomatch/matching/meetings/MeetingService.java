package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.eventmodel.EventSlots;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.recommendations.RecommendationService;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;


/**
 * Meeting requests and meetings: loads a meeting, lets {@link MeetingRules} decide, stores the result through
 * {@link MeetingRepository} (only if the revision read is still the stored one) and publishes it with
 * the {@link EventPublisher} ({@link MeetingEvents}); a change whose publish failed stays {@code published=false}
 * and the {@code Republisher} sends it again. Also claims and frees the caps ({@link MeetingQuotas}).
 */
@ApplicationScoped
public class MeetingService {

    static final int MAX_PREFERRED_SLOTS = 5;

    private final EventModelStore events;
    private final MeetingRepository repository;
    private final MeetingQuotas quotas;
    private final EventPublisher publisher;
    private final MeetingEvents meetingEvents;
    private final RecommendationService recommendations;
    private final MeetingSettings settings;
    private final MeetingRules rules;
    private final Clock clock;

    public MeetingService(EventModelStore events, MeetingRepository repository, MeetingQuotas quotas,
                          EventPublisher publisher, MeetingEvents meetingEvents,
                          RecommendationService recommendations,
                          MeetingSettings settings, Clock clock) {
        this.events = events;
        this.repository = repository;
        this.quotas = quotas;
        this.publisher = publisher;
        this.meetingEvents = meetingEvents;
        this.recommendations = recommendations;
        this.settings = settings;
        this.rules = new MeetingRules(settings.pendingTtl(), settings.noShowAfter());
        this.clock = clock;
    }

    public Meeting request(UUID eventId, MeetingRequest request) {
        EventDefinition event = requireEvent(eventId);
        Instant now = now();
        UUID requesterId = request.requesterProfileId();
        UUID inviteeId = request.inviteeProfileId();
        rules.refuseRequest(eventId, requesterId, inviteeId, event.endsAt, now).ifPresent(violation -> {
            throw violation.toProblem();
        });
        List<FieldError> errors = new ArrayList<>();
        if (!events.isRegistered(eventId, requesterId)) {
            errors.add(FieldError.of("requesterProfileId", "is not registered for the event", requesterId));
        }
        if (!events.isRegistered(eventId, inviteeId)) {
            errors.add(FieldError.of("inviteeProfileId", "is not registered for the event", inviteeId));
        }
        List<Instant> preferred = slotStarts(event, request.preferredSlots(), "preferredSlots", errors);
        MeetingMode mode = request.mode() == null ? MeetingMode.TABLE : request.mode();
        String room = blankToNull(request.room());
        String link = blankToNull(request.link());
        errors.addAll(MeetingModes.refusals(mode, room, link));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String eid = eventId.toString();
        String requester = requesterId.toString();
        String invitee = inviteeId.toString();
        String meetingId = UUID.randomUUID().toString();

        expireDuePendingOf(eid, requester, now);
        String pairKey = claimPair(eid, requester, invitee, meetingId, now);
        List<String> held = new ArrayList<>(List.of(pairKey));
        try {
            int maxPending = settings.maxPendingOutgoing();
            String pending = quotas.claim(MeetingQuotas.PENDING, eid, requester, maxPending, meetingId)
                    .orElseThrow(() -> ProblemException.conflict("requesterProfileId " + requester + " already has "
                            + maxPending + " unanswered requests at this event"
                            + " (innomatch.meetings.max-pending-outgoing)"));
            held.add(pending);
            for (String p : List.of(requester, invitee)) {
                if (quotas.used(MeetingQuotas.MEETINGS, eid, p) >= settings.maxPerEvent()) {
                    throw ProblemException.conflict((p.equals(requester) ? "requesterProfileId " : "inviteeProfileId ")
                            + p + " already has " + settings.maxPerEvent()
                            + " meetings at this event (innomatch.meetings.max-per-event)");
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
            m.mode = mode.name();
            m.room = room;
            m.link = link;
            m.actorProfileId = requester;
            m.createdAt = now;
            m.updatedAt = now;
            m.expiresAt = rules.expiryOf(now, event.startsAt, event.endsAt);
            m.score = recommendations.scoreOf(TargetType.PROFILE, requesterId, TargetType.PROFILE, inviteeId);
            m.quotaKeys = held;
            m.revision = 1;
            m.published = false;
            repository.insert(m);
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
        m.mode = MeetingMode.TABLE.name();
        m.origin = origin;
        m.createdAt = now;
        m.updatedAt = now;
        m.acceptedAt = now;
        m.score = score;
        m.quotaKeys = held;
        m.revision = 1;
        repository.insert(m);
        publish(List.of(m));
        return Optional.of(m);
    }

    public Meeting accept(UUID eventId, UUID meetingId, UUID actor) {
        Meeting m = requireMeeting(eventId, meetingId);
        Instant now = now();
        expireIfDue(m, now);
        MeetingState next = rules.decide(MeetingState.of(m), new MeetingCommand.Accept(actor.toString()), now)
                .nextOrThrow().orElseThrow();
        List<String> claimed = new ArrayList<>();
        for (String p : List.of(m.requesterProfileId, m.inviteeProfileId)) {
            Optional<String> key = quotas.claim(MeetingQuotas.MEETINGS, m.eventId, p, settings.maxPerEvent(), m.id);
            if (key.isEmpty()) {
                quotas.release(claimed, m.id);
                throw ProblemException.conflict((p.equals(m.requesterProfileId) ? "requesterProfileId "
                        : "inviteeProfileId ") + p + " already has " + settings.maxPerEvent()
                        + " meetings at this event (innomatch.meetings.max-per-event)");
            }
            claimed.add(key.get());
        }
        try {
            return commit(m, next, claimed, pendingKeys(m));
        } catch (RuntimeException e) {
            quotas.release(claimed, m.id);
            throw e;
        }
    }

    public Meeting decline(UUID eventId, UUID meetingId, UUID actor, String reason) {
        Meeting m = requireMeeting(eventId, meetingId);
        Instant now = now();
        expireIfDue(m, now);
        return apply(m, new MeetingCommand.Decline(actor.toString(), reason), now);
    }

    public Meeting propose(UUID eventId, UUID meetingId, UUID actor, OffsetDateTime slotStart) {
        Meeting m = requireMeeting(eventId, meetingId);
        Instant now = now();
        expireIfDue(m, now);
        EventDefinition event = requireEvent(eventId);
        List<FieldError> errors = new ArrayList<>();
        List<Instant> slot = slotStarts(event, slotStart == null ? null : List.of(slotStart), "slotStart", errors);
        if (slotStart == null) {
            errors.add(FieldError.of("slotStart", "must not be null"));
        }
        // The rules answer first: a meeting that cannot get a counter-proposal is a 409/403 whatever the slot.
        MeetingState next = rules.decide(MeetingState.of(m), new MeetingCommand.Propose(actor.toString(),
                slot.isEmpty() ? null : slot.get(0), event.startsAt, event.endsAt), now).nextOrThrow().orElseThrow();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return commit(m, next, List.of(), List.of());
    }

    public Meeting cancel(UUID eventId, UUID meetingId, UUID actor, String reason) {
        Meeting m = requireMeeting(eventId, meetingId);
        Instant now = now();
        expireIfDue(m, now);
        return apply(m, new MeetingCommand.Cancel(actor.toString(), reason), now);
    }

    /**
     * A side (or, with {@code actor} null, the organiser) reports that {@code absent} did not come: the meeting
     * ends as NO_SHOW, its table is free for that slot and the caps it held are released.
     */
    public Meeting noShow(UUID eventId, UUID meetingId, UUID actor, UUID absent) {
        Meeting m = requireMeeting(eventId, meetingId);
        // Being at the venue says nothing about joining a call: online, only the other side knows.
        Instant checkedIn = absent == null || m.meetingMode() == MeetingMode.ONLINE ? null
                : events.checkedInAt(eventId, absent).orElse(null);
        return apply(m, new MeetingCommand.NoShow(actor == null ? null : actor.toString(),
                absent == null ? null : absent.toString(), checkedIn), now());
    }

    /** Admin: pins a scheduled meeting to its slot and table for later scheduler runs, or releases it. */
    public Meeting setLocked(UUID eventId, UUID meetingId, boolean locked) {
        return apply(requireMeeting(eventId, meetingId), new MeetingCommand.SetLocked(locked), now());
    }

    /** A side rates a scheduled meeting once its slot has ended; a later rating by the same side replaces it. */
    public Meeting rate(UUID eventId, UUID meetingId, UUID actor, Outcome outcome) {
        return apply(requireMeeting(eventId, meetingId), new MeetingCommand.Rate(actor.toString(), outcome), now());
    }

    public Meeting get(UUID eventId, UUID meetingId) {
        Meeting m = requireMeeting(eventId, meetingId);
        expireIfDue(m, now());
        return m;
    }

    public List<Meeting> list(UUID eventId, UUID profileId, MeetingStatus status) {
        String eid = eventId.toString();
        List<Meeting> found = profileId == null ? repository.ofEvent(eid)
                : repository.ofEventAndProfile(eid, profileId.toString());
        Instant now = now();
        found.forEach(m -> expireIfDue(m, now));
        return status == null ? found : found.stream().filter(m -> m.state() == status).toList();
    }

    /** One page of the event's meetings, oldest request first, after the requests whose time is up expired. */
    public List<Meeting> page(UUID eventId, UUID profileId, MeetingStatus status, KeysetCursor after, int limit) {
        expireDue(now());
        return repository.pageOfEvent(eventId.toString(), profileId == null ? null : profileId.toString(), status,
                after, limit);
    }

    /** Expires every unanswered request whose time is up; returns how many. */
    public int expireDue(Instant now) {
        int n = 0;
        for (Meeting m : repository.openDueBy(now)) {
            if (expireIfDue(m, now)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The scheduler's change of a meeting (placing it, taking it out): decided by the rules and stored, not yet
     * published (the scheduler publishes a run's changes together). A meeting changed meanwhile is a 409.
     */
    void store(Meeting m, MeetingCommand command) {
        rules.decide(MeetingState.of(m), command, now()).nextOrThrow().ifPresent(next -> write(m, next, m.quotaKeys));
    }

    /** The rules' decision on a command stored and published; an ending frees every quota document it held. */
    private Meeting apply(Meeting m, MeetingCommand command, Instant now) {
        Optional<MeetingState> decided = rules.decide(MeetingState.of(m), command, now).nextOrThrow();
        if (decided.isEmpty()) {
            return m;
        }
        MeetingState next = decided.get();
        boolean ends = !next.status().isOpen() && !next.status().isAgreed();
        return commit(m, next, List.of(), ends ? List.copyOf(m.quotaKeys) : List.of());
    }

    /**
     * Stores {@code next} with the meeting now holding {@code claimed} and no longer {@code released}, publishes
     * it, then frees {@code released}.
     */
    private Meeting commit(Meeting m, MeetingState next, List<String> claimed, List<String> released) {
        List<String> keys = new ArrayList<>(m.quotaKeys);
        keys.removeAll(released);
        keys.addAll(claimed);
        write(m, next, keys);
        publish(List.of(m));
        quotas.release(released, m.id);
        return m;
    }

    /** Writes the change if nobody changed the meeting since it was read, else 409. */
    private void write(Meeting m, MeetingState next, List<String> quotaKeys) {
        long expected = m.revision;
        next.applyTo(m);
        m.quotaKeys = quotaKeys;
        m.revision = expected + 1;
        m.published = false;
        m.updatedAt = now();
        if (!repository.replaceIfRevision(m, expected)) {
            m.revision = expected;
            throw ProblemException.conflict("Meeting " + m.id + " was changed meanwhile; reload it and retry");
        }
    }

    /** Publishes the current state of each meeting and flags the acknowledged ones; returns how many were acked. */
    int publish(List<Meeting> meetings) {
        return publisher.publishAndFlag(meetingEvents, meetings);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    ZoneId zoneOf(String eventId) {
        return meetingEvents.zoneOf(eventId);
    }

    EventDefinition requireEvent(UUID eventId) {
        return events.event(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    private Meeting requireMeeting(UUID eventId, UUID meetingId) {
        return repository.find(meetingId.toString()).filter(m -> m.eventId.equals(eventId.toString()))
                .orElseThrow(() -> ProblemException.notFound("Meeting", meetingId));
    }

    /** Returns whether this call expired it. A concurrent answer wins: the meeting is then reloaded. */
    private boolean expireIfDue(Meeting m, Instant now) {
        if (!rules.isDue(MeetingState.of(m), now)) {
            return false;
        }
        try {
            apply(m, new MeetingCommand.Expire(), now);
            return true;
        } catch (ProblemException e) {
            repository.find(m.id).ifPresent(fresh -> copy(fresh, m));
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
        for (Meeting m : repository.openDueByOfRequester(eventId, requester, now)) {
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
            Meeting existing = holder.flatMap(repository::find).orElse(null);
            if (existing != null && expireIfDue(existing, now)) {
                continue;
            }
            throw ProblemException.conflict("inviteeProfileId " + invitee
                    + " already has an active meeting or request with " + requester + " at this event"
                    + (existing == null ? "" : ": " + existing.id + " (" + existing.status + ")"));
        }
        throw ProblemException.conflict("Another request for this pair is being created; retry");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> pendingKeys(Meeting m) {
        return m.quotaKeys.stream().filter(k -> k.startsWith(MeetingQuotas.PENDING + "|")).toList();
    }

    /** Each value must be the start of one of the event's slots (any offset: compared as instants). */
    static List<Instant> slotStarts(EventDefinition event, List<OffsetDateTime> values, String field,
                                    List<FieldError> errors) {
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
