package org.innomatch.matching.meetings;

import org.innomatch.matching.access.Access;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/events/{id}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scheduling", description = "Automatic scheduling of agreed meetings into slots and tables (organisers)")
public class ScheduleResource {

    private final ScheduleService schedules;

    private final Access access;

    public ScheduleResource(ScheduleService schedules, Access access) {
        this.schedules = schedules;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admin: (re-)schedule the event's agreed meetings",
            description = "No participant or table twice in a slot, availability respected, locked meetings kept, meetings "
                    + "already placed stay where they are when still possible; maximises the number of meetings, then their "
                    + "score, giving everyone a k-th meeting before anyone a (k+1)-th. Lists every change; each change is "
                    + "published as MeetingChanged (SCHEDULED, or ACCEPTED when a meeting lost its place).")
    @APIResponse(responseCode = "200", description = "Run summary with every change",
            content = @Content(schema = @Schema(implementation = ScheduleViews.Run.class), examples = @ExampleObject(name = "run", value = """
                    {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","slots":21,"tables":24,"considered":3,"addedFromMutualMatches":0,
                     "scheduled":2,"unscheduled":["7c1e2f30-1a2b-4c3d-8e9f-0a1b2c3d4e5f"],
                     "changes":[{"meetingId":"2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93","change":"ADDED",
                                 "to":{"slotStart":"2026-12-03T10:40:00+08:00","slotEnd":"2026-12-03T11:00:00+08:00","table":1}}],
                     "rejectedLocks":[],"skipped":[],"tookMillis":12}""")))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins schedule an event",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "A run for this event is in progress", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "maxSuggestedPerParticipant out of range", content = @Content(mediaType = "application/problem+json"))
    public ScheduleViews.Run run(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                                 @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "with mutual matches",
                                         value = "{\"includeMutualMatches\":true,\"maxSuggestedPerParticipant\":3}")))
                                 ScheduleViews.Options options) {
        access.requireAdmin("schedule an event");
        return schedules.run(id, options);
    }

    @GET
    @Operation(summary = "The whole event grid: every slot with its meetings by table, and agreed meetings without a place",
            description = "For organisers (admins): the schedule as the last scheduler run and later changes left it.")
    @APIResponse(responseCode = "200", description = "Grid at the event's offset",
            content = @Content(schema = @Schema(implementation = ScheduleViews.Grid.class), examples = @ExampleObject(name = "grid", value = """
                    {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","timezone":"Asia/Shanghai","tables":24,
                     "slots":[{"index":0,"start":"2026-12-03T09:00:00+08:00","end":"2026-12-03T09:20:00+08:00",
                               "meetings":[{"table":1,"meetingId":"2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93",
                                            "requesterProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                                            "inviteeProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11","locked":false,"score":0.71}]}],
                     "unscheduled":[]}""")))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins see the whole schedule",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public ScheduleViews.Grid grid(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id) {
        access.requireAdmin("see the whole schedule of an event");
        return schedules.grid(id);
    }
}
