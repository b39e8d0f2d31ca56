package org.innomatch.matching.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Who attends which sessions: their speakers and their followers, scheduled sessions only. */
public final class Attendance {

    private Attendance() {
    }

    /**
     * Per participant, the sessions it follows or speaks at that take time out of the event (scheduled, with a
     * start before the end): a cancelled session frees its speakers and followers.
     */
    public static Map<String, List<ProgrammeSession>> byParticipant(Collection<ProgrammeSession> sessions,
                                                                   Map<String, Set<String>> followersBySession) {
        Map<String, List<ProgrammeSession>> result = new TreeMap<>();
        for (ProgrammeSession s : sessions) {
            if (!s.occupies()) {
                continue;
            }
            Set<String> attendees = new HashSet<>(followersBySession.getOrDefault(s.id, Set.of()));
            if (s.speakerProfileIds != null) {
                attendees.addAll(s.speakerProfileIds);
            }
            for (String p : attendees) {
                result.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
            }
        }
        return result;
    }
}
