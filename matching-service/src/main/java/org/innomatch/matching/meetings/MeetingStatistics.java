package org.innomatch.matching.meetings;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** The organiser's statistics of an event's meetings ({@link EventMeetingStats}). */
@ApplicationScoped
public class MeetingStatistics {

    private final MeetingService meetings;
    private final Clock clock;

    public MeetingStatistics(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    public EventMeetingStats of(UUID eventId) {
        meetings.requireEvent(eventId);
        // "Now" is read after the list, which has expired what was due by then.
        return EventMeetingStats.of(eventId, meetings.list(eventId, null, null), clock.instant());
    }
}
