package org.innomatch.project.matchmaking;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.outbox.Outbox;

/** Writes matchmaking-event changes to the outbox, inside the caller's transaction (topic innomatch.events). */
@ApplicationScoped
class MatchmakingEvents {

    static final String SOURCE = "/project-service";

    private final Outbox outbox;

    MatchmakingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void upserted(MatchmakingEvent event) {
        EventView view = EventView.of(event);
        EventUpserted data = new EventUpserted(event.id, event.name, event.city, event.timezone, view.startsAt(),
                view.endsAt(), event.slotMinutes, event.tables, event.status.name(), event.version, event.updatedAt,
                view.breaks().stream().map(b -> new EventUpserted.Break(b.startsAt(), b.endsAt(), b.label())).toList());
        outbox.publish(EventEnvelope.of(EventType.EVENT_UPSERTED, SOURCE, event.id.toString(), data));
    }

    /** Keyed by the event id, so registrations stay in order after the event's own changes. */
    void registrationChanged(Registration registration, Instant changedAt) {
        RegistrationChanged data = new RegistrationChanged(registration.id.eventId(), registration.id.profileId(),
                registration.status.name(), changedAt, registration.checkedInAt);
        outbox.publish(EventEnvelope.of(EventType.REGISTRATION_CHANGED, SOURCE, registration.id.eventId().toString(), data));
    }
}
