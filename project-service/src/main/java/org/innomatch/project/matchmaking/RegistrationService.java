package org.innomatch.project.matchmaking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.innomatch.caller.CallerIdentity;
import org.innomatch.caller.Role;
import org.innomatch.problems.ProblemException;
import org.innomatch.project.codes.CodeValidator;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.project.common.Timestamps;
import org.innomatch.project.knownprofiles.KnownProfiles;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Registrations of profiles to matchmaking events; each change is published as RegistrationChanged. */
@ApplicationScoped
public class RegistrationService {

    private final KnownProfiles knownProfiles;
    private final MatchmakingEvents events;
    private final CodeValidator codes;

    private final CallerIdentity caller;
    private final Event<RegistrationCancelled> cancellations;

    RegistrationService(KnownProfiles knownProfiles, MatchmakingEvents events, CodeValidator codes,
                        CallerIdentity caller, Event<RegistrationCancelled> cancellations) {
        this.caller = caller;
        this.cancellations = cancellations;
        this.knownProfiles = knownProfiles;
        this.events = events;
        this.codes = codes;
    }

    /** The registration and whether this call created (or renewed) it. */
    public record Outcome(RegistrationView registration, boolean created) {
    }

    /**
     * Registers a profile. Registering again while registered changes nothing and returns the registration.
     * The event row is locked for the duration, so a concurrent close or a double submit cannot slip through.
     */
    @Transactional
    public Outcome register(UUID eventId, UUID profileId) {
        MatchmakingEvent event = MatchmakingEvent.findLocked(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        requireRegistrant("register", profileId);
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration != null && registration.status == RegistrationStatus.REGISTERED) {
            return new Outcome(RegistrationView.of(registration), false);
        }
        if (!knownProfiles.exists(profileId)) {
            new FieldErrors().reject("profileId", "must be the id of an existing profile", profileId).throwIfAny();
        }
        if (event.status != EventStatus.OPEN) {
            throw ProblemException.conflict("Event " + eventId + " is " + event.status
                    + "; registration is possible only while it is OPEN");
        }
        Instant now = Timestamps.now();
        boolean renewal = registration != null;
        if (!renewal) {
            registration = new Registration();
            registration.id = new RegistrationId(eventId, profileId);
        }
        registration.status = RegistrationStatus.REGISTERED;
        registration.registeredAt = now;
        registration.updatedAt = now;
        if (!renewal) {
            registration.persist();
        }
        events.registrationChanged(registration, now);
        return new Outcome(RegistrationView.of(registration), true);
    }

    /** Cancels a registration; cancelling a cancelled one changes nothing. */
    @Transactional
    public void cancel(UUID eventId, UUID profileId) {
        MatchmakingEvent event = MatchmakingEvent.findLocked(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        requireRegistrant("cancel the registration of", profileId);
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration == null) {
            throw ProblemException.notFound("registration", profileId);
        }
        if (registration.status == RegistrationStatus.CANCELLED) {
            return;
        }
        Instant now = Timestamps.now();
        registration.status = RegistrationStatus.CANCELLED;
        registration.updatedAt = now;
        events.registrationChanged(registration, now);
        cancellations.fire(new RegistrationCancelled(eventId, profileId, now));
    }

    /**
     * Checks a registered participant in at the venue. Checking in again keeps the first time: the organiser's
     * desk and the partner's staff may both scan the same badge.
     */
    @Transactional
    public RegistrationView checkIn(UUID eventId, UUID profileId) {
        MatchmakingEvent event = MatchmakingEvent.findLocked(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        // A participant checking itself in would defeat the point: only the desk (admin) or its partner may.
        caller.caller().requireRole("check participants in", Role.ADMIN, Role.PARTNER);
        requireRegistrant("check in", profileId);
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration == null) {
            throw ProblemException.notFound("registration", profileId);
        }
        if (registration.status == RegistrationStatus.CANCELLED) {
            throw ProblemException.conflict("The registration of profile " + profileId + " to event " + eventId
                    + " is CANCELLED; only a registered participant can be checked in");
        }
        if (registration.checkedInAt != null) {
            return RegistrationView.of(registration);
        }
        Instant now = Timestamps.now();
        registration.checkedInAt = now;
        registration.updatedAt = now;
        events.registrationChanged(registration, now);
        return RegistrationView.of(registration);
    }

    /** Undoes a check-in (a badge scanned for the wrong person); admins only; undoing nothing changes nothing. */
    @Transactional
    public void undoCheckIn(UUID eventId, UUID profileId) {
        MatchmakingEvent event = MatchmakingEvent.findLocked(eventId);
        if (event == null) {
            throw ProblemException.notFound("event", eventId);
        }
        caller.caller().requireRole("undo a check-in", Role.ADMIN);
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration == null) {
            throw ProblemException.notFound("registration", profileId);
        }
        if (registration.checkedInAt == null) {
            return;
        }
        Instant now = Timestamps.now();
        registration.checkedInAt = null;
        registration.updatedAt = now;
        events.registrationChanged(registration, now);
    }

    /** A participant registers itself; a partner the profiles it created; an admin anyone. */
    private void requireRegistrant(String action, UUID profileId) {
        var who = caller.caller();
        String ownerPartner = who.partner().isPresent() ? knownProfiles.ownerPartnerId(profileId).orElse(null) : null;
        who.requireManage(action, "profile " + profileId, profileId.toString(), ownerPartner);
    }

    /** A HIDDEN profile's registration exists only for itself, its partner and admins: 404 for others. */
    @Transactional
    public RegistrationView get(UUID eventId, UUID profileId) {
        requireEvent(eventId);
        Registration registration = Registration.findById(new RegistrationId(eventId, profileId));
        if (registration == null || !knownProfiles.visibleTo(caller.caller(), profileId)) {
            throw ProblemException.notFound("registration", profileId);
        }
        return RegistrationView.of(registration);
    }

    /** In registration order, (registeredAt, profileId) ascending; HIDDEN profiles as in {@link #get}. */
    @Transactional
    public Page<RegistrationView> list(UUID eventId, String status, String cursor, int limit) {
        requireEvent(eventId);
        String statusFilter = status == null || status.isBlank() ? null : status.strip();
        new FieldErrors().add(codes.enumCode("status", statusFilter, RegistrationStatus.class))
                .throwBadRequestIfAny("Invalid list parameters");
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);

        Parameters parameters = Parameters.with("eventId", eventId);
        StringBuilder query = new StringBuilder("id.eventId = :eventId and ")
                .append(KnownProfiles.visibleToCondition(caller.caller(), "id.profileId", parameters));
        if (statusFilter != null) {
            query.append(" and status = :status");
            parameters.and("status", RegistrationStatus.valueOf(statusFilter));
        }
        if (after != null) {
            query.append(" and (registeredAt > :afterAt or (registeredAt = :afterAt and id.profileId > :afterId))");
            parameters.and("afterAt", after.position()).and("afterId", after.id());
        }
        // range is inclusive: one more than asked tells whether there is a next page.
        List<Registration> rows = Registration.<Registration>find(query.toString(),
                        Sort.ascending("registeredAt", "id.profileId"), parameters)
                .range(0, limit).list();
        boolean more = rows.size() > limit;
        List<Registration> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Registration last = page.get(limit - 1);
            next = new KeysetCursor(last.registeredAt, last.id.profileId()).encode();
        }
        return new Page<>(page.stream().map(RegistrationView::of).toList(), next);
    }

    private static void requireEvent(UUID eventId) {
        if (MatchmakingEvent.findById(eventId) == null) {
            throw ProblemException.notFound("event", eventId);
        }
    }
}
