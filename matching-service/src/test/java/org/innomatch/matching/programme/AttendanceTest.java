package org.innomatch.matching.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static ProgrammeSession session(String id, String status, String... speakers) {
        ProgrammeSession s = new ProgrammeSession();
        s.id = id;
        s.status = status;
        s.startsAt = Instant.parse("2026-12-03T01:00:00Z");
        s.endsAt = s.startsAt.plusSeconds(1_800);
        s.speakerProfileIds = List.of(speakers);
        return s;
    }

    @Test
    void speakersAndFollowersAttendScheduledSessionsOnly() {
        ProgrammeSession panel = session("panel", ProgrammeSession.SCHEDULED, "speaker", "both");
        ProgrammeSession cancelled = session("cancelled", ProgrammeSession.CANCELLED, "speaker");
        Map<String, List<ProgrammeSession>> byParticipant = Attendance.byParticipant(List.of(panel, cancelled),
                Map.of("panel", Set.of("follower", "both"), "cancelled", Set.of("follower")));
        assertEquals(Set.of("speaker", "both", "follower"), byParticipant.keySet());
        assertEquals(List.of(panel), byParticipant.get("speaker"));
        assertEquals(List.of(panel), byParticipant.get("both"), "a speaker who also follows attends once");
        assertEquals(List.of(panel), byParticipant.get("follower"));
    }
}
