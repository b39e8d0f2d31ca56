package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organiser learns about an event's meetings: requests, answers, meetings held, no-shows, ratings. */
@Schema(name = "EventMeetingStats")
public record EventMeetingStats(
        UUID eventId,
        @Schema(description = "Meeting requests made (and mutual-match meetings added)") int requests,
        @Schema(description = "Current count per status") Map<String, Integer> byStatus,
        @Schema(description = "Accepted at some point (even if cancelled later)") int accepted,
        int declined,
        int expired,
        @Schema(description = "accepted / (accepted + declined); null before any answer", nullable = true)
        Double acceptanceRate,
        @Schema(description = "Scheduled meetings whose slot has ended, and meetings marked no-show") int past,
        @Schema(description = "Past meetings at least one side rated as held (no interest, informative, cooperation "
                + "likely) and neither rated as not taken place") int held,
        @Schema(description = "Meetings marked NO_SHOW, and past meetings a side rated DID_NOT_TAKE_PLACE")
        int noShows,
        @Schema(description = "Past meetings nobody rated yet") int unrated,
        @Schema(description = "All ratings given, per outcome") Map<String, Integer> outcomes) {

    /** The figures of {@code meetings} (all of one event) as they stand at {@code now}. */
    public static EventMeetingStats of(UUID eventId, List<Meeting> meetings, Instant now) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (MeetingStatus s : MeetingStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0);
        }
        int accepted = 0;
        int past = 0;
        int held = 0;
        int noShows = 0;
        int unrated = 0;
        for (Meeting m : meetings) {
            byStatus.merge(m.status, 1, Integer::sum);
            if (m.acceptedAt != null) {
                accepted++;
            }
            List<Outcome> ratings = Stream.of(m.requesterOutcome, m.inviteeOutcome)
                    .filter(Objects::nonNull).map(Outcome::valueOf).toList();
            ratings.forEach(o -> outcomes.merge(o, 1, Integer::sum));
            if (m.state() == MeetingStatus.NO_SHOW) {
                past++;
                noShows++;
            } else if (m.state() == MeetingStatus.SCHEDULED && m.slotEnd != null && !m.slotEnd.isAfter(now)) {
                past++;
                if (ratings.isEmpty()) {
                    unrated++;
                } else if (ratings.contains(Outcome.DID_NOT_TAKE_PLACE)) {
                    noShows++;
                } else {
                    held++;
                }
            }
        }
        int declined = byStatus.get(MeetingStatus.DECLINED.name());
        Double rate = accepted + declined == 0 ? null : (double) accepted / (accepted + declined);
        Map<String, Integer> outcomeNames = new LinkedHashMap<>();
        outcomes.forEach((o, n) -> outcomeNames.put(o.name(), n));
        return new EventMeetingStats(eventId, meetings.size(), byStatus, accepted, declined,
                byStatus.get(MeetingStatus.EXPIRED.name()), rate, past, held, noShows, unrated, outcomeNames);
    }
}
