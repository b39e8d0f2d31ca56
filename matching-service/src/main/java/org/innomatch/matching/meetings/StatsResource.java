package org.innomatch.matching.meetings;

import org.innomatch.matching.access.Access;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events/{id}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduling")
public class StatsResource {

    private final MeetingService meetings;

    private final Access access;

    public StatsResource(MeetingService meetings, Access access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Schema(name = "EventMeetingStats")
    public record Stats(
            UUID eventId,
            @Schema(description = "Meeting requests made (and mutual-match meetings added)") int requests,
            @Schema(description = "Current count per status") Map<String, Integer> byStatus,
            @Schema(description = "Accepted at some point (even if cancelled later)") int accepted,
            int declined,
            int expired,
            @Schema(description = "accepted / (accepted + declined); null before any answer", nullable = true) Double acceptanceRate,
            @Schema(description = "Scheduled meetings whose slot has ended") int past,
            @Schema(description = "Past meetings at least one side rated as held (no interest, informative, cooperation likely) "
                    + "and neither rated as not taken place") int held,
            @Schema(description = "Past meetings a side rated DID_NOT_TAKE_PLACE") int noShows,
            @Schema(description = "Past meetings nobody rated yet") int unrated,
            @Schema(description = "All ratings given, per outcome") Map<String, Integer> outcomes) {
    }

    @GET
    @Operation(summary = "Organisers: requests, acceptance rate, meetings held, no-shows and the outcome distribution")
    @APIResponse(responseCode = "200", description = "Statistics",
            content = @Content(schema = @Schema(implementation = Stats.class), examples = @ExampleObject(name = "stats", value = """
                    {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","requests":120,
                     "byStatus":{"PENDING":4,"PROPOSED":1,"ACCEPTED":3,"DECLINED":20,"CANCELLED":6,"EXPIRED":10,"SCHEDULED":76},
                     "accepted":84,"declined":20,"expired":10,"acceptanceRate":0.81,"past":76,"held":61,"noShows":9,"unrated":6,
                     "outcomes":{"DID_NOT_TAKE_PLACE":11,"NO_INTEREST":14,"INFORMATIVE":58,"COOPERATION_LIKELY":37}}""")))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins see event statistics",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public Stats stats(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id) {
        access.requireAdmin("see the meeting statistics of an event");
        meetings.requireEvent(id);
        List<Meeting> all = meetings.list(id, null, null);
        Instant now = Instant.now();
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
        for (Meeting m : all) {
            byStatus.merge(m.status, 1, Integer::sum);
            if (m.acceptedAt != null) {
                accepted++;
            }
            List<Outcome> ratings = java.util.stream.Stream.of(m.requesterOutcome, m.inviteeOutcome)
                    .filter(java.util.Objects::nonNull).map(Outcome::valueOf).toList();
            ratings.forEach(o -> outcomes.merge(o, 1, Integer::sum));
            if (m.state() == MeetingStatus.SCHEDULED && m.slotEnd != null && !m.slotEnd.isAfter(now)) {
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
        return new Stats(id, all.size(), byStatus, accepted, declined, byStatus.get(MeetingStatus.EXPIRED.name()), rate, past,
                held, noShows, unrated, outcomeNames);
    }
}
