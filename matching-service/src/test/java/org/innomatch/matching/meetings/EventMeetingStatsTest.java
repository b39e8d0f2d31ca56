package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The organiser's figures from a handful of meetings, at a fixed "now". */
class EventMeetingStatsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    private static final UUID EVENT = UUID.fromString("5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32");

    @Test
    void countsAnswersMeetingsHeldNoShowsAndRatings() {
        List<Meeting> meetings = List.of(
                meeting(MeetingStatus.PENDING, false, null, null, null),
                meeting(MeetingStatus.DECLINED, false, null, null, null),
                meeting(MeetingStatus.EXPIRED, false, null, null, null),
                // Accepted, then cancelled: still counts as accepted.
                meeting(MeetingStatus.CANCELLED, true, null, null, null),
                meeting(MeetingStatus.SCHEDULED, true, NOW, Outcome.INFORMATIVE, Outcome.COOPERATION_LIKELY),
                meeting(MeetingStatus.SCHEDULED, true, NOW.minusSeconds(60), Outcome.NO_INTEREST,
                        Outcome.DID_NOT_TAKE_PLACE),
                meeting(MeetingStatus.SCHEDULED, true, NOW.minusSeconds(60), null, null),
                // Its slot has not ended: not past, whatever a side said.
                meeting(MeetingStatus.SCHEDULED, true, NOW.plusMillis(1), null, null),
                // Marked no-show ten minutes into its slot: past and a no-show before the slot ends.
                meeting(MeetingStatus.NO_SHOW, true, NOW.plusSeconds(600), null, null));

        EventMeetingStats stats = EventMeetingStats.of(EVENT, meetings, NOW);

        assertEquals(EVENT, stats.eventId());
        assertEquals(9, stats.requests());
        assertEquals(Map.of("PENDING", 1, "PROPOSED", 0, "ACCEPTED", 0, "DECLINED", 1, "CANCELLED", 1, "EXPIRED", 1,
                "SCHEDULED", 4, "NO_SHOW", 1), stats.byStatus());
        assertEquals(List.of("PENDING", "PROPOSED", "ACCEPTED", "DECLINED", "CANCELLED", "EXPIRED", "SCHEDULED",
                        "NO_SHOW"),
                List.copyOf(stats.byStatus().keySet()));
        assertEquals(6, stats.accepted());
        assertEquals(1, stats.declined());
        assertEquals(1, stats.expired());
        assertEquals(6.0 / 7, stats.acceptanceRate(), 1e-9);
        assertEquals(4, stats.past());
        assertEquals(1, stats.held());
        assertEquals(2, stats.noShows());
        assertEquals(1, stats.unrated());
        assertEquals(Map.of("DID_NOT_TAKE_PLACE", 1, "NO_INTEREST", 1, "INFORMATIVE", 1, "COOPERATION_LIKELY", 1),
                stats.outcomes());
    }

    @Test
    void noAcceptanceRateBeforeAnyAnswer() {
        EventMeetingStats stats = EventMeetingStats.of(EVENT, List.of(meeting(MeetingStatus.PENDING, false, null,
                null, null)), NOW);
        assertNull(stats.acceptanceRate());
        assertEquals(0, stats.past());
        assertEquals(0, EventMeetingStats.of(EVENT, List.of(), NOW).requests());
    }

    private static Meeting meeting(MeetingStatus status, boolean accepted, Instant slotEnd, Outcome byRequester,
                                   Outcome byInvitee) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID().toString();
        m.status = status.name();
        m.acceptedAt = accepted ? NOW.minusSeconds(86_400) : null;
        m.slotEnd = slotEnd;
        m.requesterOutcome = byRequester == null ? null : byRequester.name();
        m.inviteeOutcome = byInvitee == null ? null : byInvitee.name();
        return m;
    }
}
