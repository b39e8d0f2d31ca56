package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.innomatch.problems.FieldError;
import org.junit.jupiter.api.Test;

/** Which room and link fit which meeting mode: milliseconds. */
class MeetingModesTest {

    @Test
    void anOnlineMeetingNeedsAnHttpsLink() {
        assertEquals(List.of("link"), fields(MeetingModes.refusals(MeetingMode.ONLINE, null, null)));
        for (String bad : List.of("http://meet.example.org/x", "meet.example.org/x", "https://", "https:///path",
                "javascript:alert(1)", "https://user:pw@meet.example.org/x", "https://exa mple.org")) {
            assertEquals(List.of("link"), fields(MeetingModes.refusals(MeetingMode.ONLINE, null, bad)), bad);
        }
        assertTrue(MeetingModes.refusals(MeetingMode.ONLINE, null, "https://meet.example.org/innomatch-7f3a?pwd=1")
                .isEmpty());
        assertTrue(MeetingModes.refusals(MeetingMode.ONLINE, null, "HTTPS://Meet.Example.org/x").isEmpty());
    }

    @Test
    void aRoomMayHaveANameAndALinkATableNeither() {
        assertTrue(MeetingModes.refusals(MeetingMode.ROOM, null, null).isEmpty());
        assertTrue(MeetingModes.refusals(MeetingMode.ROOM, "Meeting room B2", "https://meet.example.org/b2").isEmpty());
        assertEquals(List.of("link"), fields(MeetingModes.refusals(MeetingMode.ROOM, "B2", "ftp://x.org/b2")));
        assertTrue(MeetingModes.refusals(MeetingMode.TABLE, null, null).isEmpty());
        assertEquals(List.of("room", "link"),
                fields(MeetingModes.refusals(MeetingMode.TABLE, "B2", "https://meet.example.org/b2")));
        assertEquals(List.of("room"),
                fields(MeetingModes.refusals(MeetingMode.ONLINE, "B2", "https://meet.example.org/b2")));
    }

    @Test
    void onlyATableMeetingTakesATableAndOldMeetingsAreAtATable() {
        assertTrue(MeetingMode.TABLE.needsTable());
        assertEquals(false, MeetingMode.ROOM.needsTable());
        assertEquals(false, MeetingMode.ONLINE.needsTable());
        assertEquals(MeetingMode.TABLE, MeetingMode.of(null));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
