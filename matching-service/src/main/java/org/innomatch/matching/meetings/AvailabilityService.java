package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** The periods registered participants cannot attend, which the scheduler keeps their meetings out of. */
@ApplicationScoped
public class AvailabilityService {

    private final EventModelStore events;
    private final Clock clock;

    public AvailabilityService(EventModelStore events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the participant's periods; returns them as stored, at the event's offset. */
    public AvailabilityBody set(UUID eventId, UUID profileId, AvailabilityBody body) {
        EventDefinition event = requireEvent(eventId);
        List<FieldError> errors = new ArrayList<>();
        if (!events.isRegistered(eventId, profileId)) {
            errors.add(FieldError.of("profileId", "is not registered for the event", profileId));
        }
        ZoneId zone = event.zone();
        List<Availability.Period> periods = AvailabilityPeriods.parse(body.unavailable(), zone, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Availability a = new Availability();
        a.id = Availability.idOf(eventId, profileId);
        a.eventId = eventId.toString();
        a.profileId = profileId.toString();
        a.unavailable = periods;
        a.updatedAt = clock.instant();
        a.persistOrUpdate();
        return AvailabilityPeriods.view(a.unavailable, zone);
    }

    /** The participant's periods at the event's offset; none when never set. */
    public AvailabilityBody get(UUID eventId, UUID profileId) {
        EventDefinition event = requireEvent(eventId);
        Availability a = Availability.findById(Availability.idOf(eventId, profileId));
        return a == null ? new AvailabilityBody(List.of()) : AvailabilityPeriods.view(a.unavailable, event.zone());
    }

    private EventDefinition requireEvent(UUID eventId) {
        return events.event(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }
}
