package org.innomatch.matching.meetings;

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
import org.innomatch.matching.access.Access;

@Path("/events/{id}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduling")
public class StatsResource {

    private final MeetingStatistics statistics;
    private final Access access;

    public StatsResource(MeetingStatistics statistics, Access access) {
        this.statistics = statistics;
        this.access = access;
    }

    @GET
    @Operation(summary = "Organisers: requests, acceptance rate, meetings held, no-shows and the outcome distribution",
            description = "Computed at the time of the call from the event's meetings.")
    @APIResponse(responseCode = "200", description = "Statistics",
            content = @Content(schema = @Schema(implementation = EventMeetingStats.class), examples = @ExampleObject(name = "stats", value = """
                    {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","requests":120,
                     "byStatus":{"PENDING":4,"PROPOSED":1,"ACCEPTED":3,"DECLINED":20,"CANCELLED":6,"EXPIRED":10,"SCHEDULED":76},
                     "accepted":84,"declined":20,"expired":10,"acceptanceRate":0.81,"past":76,"held":61,"noShows":9,"unrated":6,
                     "outcomes":{"DID_NOT_TAKE_PLACE":11,"NO_INTEREST":14,"INFORMATIVE":58,"COOPERATION_LIKELY":37}}""")))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins see event statistics",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public EventMeetingStats stats(
            @Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id) {
        access.requireAdmin("see the meeting statistics of an event");
        return statistics.of(id);
    }
}
