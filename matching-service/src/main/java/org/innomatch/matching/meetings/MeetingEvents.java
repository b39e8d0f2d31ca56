package org.innomatch.matching.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.publishing.PendingEvents;
import org.innomatch.matching.publishing.RepublishSchedule;

/**
 * The {@code MeetingChanged} of a meeting's stored revision on {@code innomatch.meetings}, key = meeting id (all
 * states of a meeting on one partition, in order), pending while {@code published=false}. The CloudEvents id is
 * derived from (meeting id, revision), so a re-publish of the same revision carries the same id.
 */
@ApplicationScoped
public class MeetingEvents implements PendingEvents<Meeting> {

    private final EventModelStore events;
    private final MeetingRepository repository;
    private final MeetingSettings settings;

    public MeetingEvents(EventModelStore events, MeetingRepository repository, MeetingSettings settings) {
        this.events = events;
        this.repository = repository;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return "MeetingChanged";
    }

    @Override
    public RepublishSchedule schedule() {
        return new RepublishSchedule(settings.republishEvery(), settings.republishGrace());
    }

    @Override
    public List<Meeting> unpublishedBefore(Instant olderThan) {
        return repository.unpublished().stream()
                .filter(m -> m.updatedAt == null || m.updatedAt.isBefore(olderThan)).toList();
    }

    @Override
    public List<EventEnvelope<?>> eventsOf(List<Meeting> meetings) {
        Map<String, ZoneId> zones = new HashMap<>();
        return meetings.stream().<EventEnvelope<?>>map(m -> eventOf(toEvent(m,
                zones.computeIfAbsent(m.eventId, this::zoneOf)))).toList();
    }

    @Override
    public void markPublished(Meeting m) {
        repository.markPublished(m.id, m.revision);
        m.published = true;
    }

    static UUID eventIdOf(UUID meetingId, long revision) {
        return UUID.nameUUIDFromBytes(("meeting-changed|" + meetingId + "|" + revision)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static EventEnvelope<MeetingChanged> eventOf(MeetingChanged change) {
        UUID eventId = eventIdOf(change.meetingId(), change.revision() == null ? 0 : change.revision());
        return new EventEnvelope<>(eventId, EventType.MEETING_CHANGED, EventPublisher.SOURCE, change.changedAt(),
                change.meetingId().toString(), change);
    }

    static MeetingChanged toEvent(Meeting m, ZoneId zone) {
        return new MeetingChanged(UUID.fromString(m.id), UUID.fromString(m.eventId),
                UUID.fromString(m.requesterProfileId), UUID.fromString(m.inviteeProfileId), m.status,
                MeetingService.at(m.slotStart, zone), MeetingService.at(m.slotEnd, zone), m.table,
                m.message, m.updatedAt, m.actorProfileId == null ? null : UUID.fromString(m.actorProfileId), m.reason,
                MeetingService.at(m.proposedSlot, zone), m.expiresAt, m.revision,
                m.absentProfileId == null ? null : UUID.fromString(m.absentProfileId), m.meetingMode().name(), m.room,
                m.link);
    }

    /** The event's time zone, UTC for an event not (yet) known. */
    ZoneId zoneOf(String eventId) {
        return events.event(UUID.fromString(eventId)).map(EventDefinition::zone).orElse(ZoneId.of("UTC"));
    }
}
