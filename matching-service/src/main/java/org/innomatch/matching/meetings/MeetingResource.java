package org.innomatch.matching.meetings;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.access.Access;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.problems.ProblemException;

@Path("/events/{id}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meeting requests at matchmaking events: request, accept, decline, propose, cancel")
public class MeetingResource {

    static final String EVENT = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32";
    static final String MEETING = "2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93";
    static final String MEETING_EXAMPLE = """
            {"meetingId":"2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93","eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
             "requesterProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05","inviteeProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
             "status":"PENDING","origin":"REQUEST","message":"We would like to discuss a clinical validation.",
             "preferredSlots":["2026-12-03T10:40:00+08:00"],"expiresAt":"2026-12-03T01:00:00Z","locked":false,"score":0.71,
             "createdAt":"2026-11-28T06:30:00Z","updatedAt":"2026-11-28T06:30:00Z","revision":1,"mode":"TABLE"}""";
    static final String PROBLEM = "application/problem+json";
    static final String NO_SHOW_NOT_A_SIDE = """
            {"type":"https://innomatch.org/problems/validation","title":"Validation failed","status":400,
             "detail":"absentProfileId must be a side of meeting 2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93",
             "errors":[{"field":"absentProfileId","message":"is neither side of the meeting",
                        "rejectedValue":"9a0e1b2c-3d4e-4f50-8a61-7b8c9d0e1f23"}]}""";
    static final String NO_SHOW_CHECKED_IN = """
            {"type":"https://innomatch.org/problems/conflict","title":"Conflict","status":409,
             "detail":"absentProfileId 3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11 checked in at the venue at \
            2026-12-03T00:52:40Z; only a side that has not checked in can be marked no-show"}""";
    /** Who may not act as a body's actorProfileId (see Access.requireProfile); the meeting rules come on top. */
    private static final String NOT_ACTOR = "A caller that may not act as actorProfileId (a participant, for another "
            + "participant's profile; a partner, for a profile it did not create)";
    private static final String NOT_REQUESTER = "A participant, for a requesterProfileId other than its own; "
            + "a partner, for a requester it did not create";
    private static final String LIST_REFUSED = "Without profileId, participants and partners (only admins list every "
            + "meeting); with profileId, a participant for another participant's profile, a partner for a profile it "
            + "did not create";

    private final MeetingService meetings;

    private final Access access;

    public MeetingResource(MeetingService meetings, Access access) {
        this.meetings = meetings;
        this.access = access;
    }

    @POST
    @Operation(summary = "Request a meeting with another registered participant",
            description = "Creates a PENDING request that expires after innomatch.meetings.pending-ttl (default 72 h) or at the "
                    + "event's start, whichever comes first. One active request or meeting per pair; caps on unanswered "
                    + "outgoing requests and on meetings per participant. Publishes MeetingChanged on innomatch.meetings.")
    @APIResponse(responseCode = "201", description = "Request created",
            content = @Content(schema = @Schema(implementation = MeetingView.class), examples = @ExampleObject(name = "pending", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid body, or requester = invitee", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = NOT_REQUESTER,
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Pair already has an active request or meeting, a cap is reached, or the event ended",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "A side is not registered, a preferred slot is not a slot of the event, "
            + "or room/link do not fit the mode (ONLINE needs an https link; TABLE has neither; only ROOM has a room)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "online without link", value = """
                    {"type":"https://innomatch.org/problems/validation","title":"Validation failed","status":422,
                     "detail":"1 invalid field","errors":[{"field":"link","message":"is required for an ONLINE meeting"}]}""")))
    public Response request(
            @Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
            @RequestBody(content = @Content(examples = {@ExampleObject(name = "request", value = """
                    {"requesterProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05","inviteeProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                     "message":"We would like to discuss a clinical validation.","preferredSlots":["2026-12-03T10:40:00+08:00"]}"""),
                    @ExampleObject(name = "online", value = """
                    {"requesterProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05","inviteeProfileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                     "mode":"ONLINE","link":"https://meet.example.org/innomatch-7f3a"}""")}))
            @Valid @NotNull MeetingRequest request) {
        access.requireProfile("request a meeting as", request.requesterProfileId());
        Meeting m = meetings.request(id, request);
        return Response.created(URI.create("/events/" + id + "/meetings/" + m.id))
                .entity(MeetingView.of(m, meetings.zoneOf(m.eventId))).build();
    }

    @GET
    @Operation(summary = "Meetings and requests of the event, optionally of one participant and in one status",
            description = "Oldest request first; follow nextCursor for the next page.")
    @APIResponse(responseCode = "200", description = "One page of meetings",
            content = @Content(schema = @Schema(implementation = MeetingPage.class),
                    examples = @ExampleObject(name = "meetings",
                            value = "{\"items\":[" + MEETING_EXAMPLE + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "Unknown status, invalid limit or cursor",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = LIST_REFUSED,
            content = @Content(mediaType = PROBLEM))
    public Page<MeetingView> list(
            @Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
            @Parameter(description = "Only meetings this participant is a side of",
                    example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @QueryParam("profileId") UUID profileId,
            @Parameter(description = "Only this status", example = "PENDING") @QueryParam("status") String status,
            @Parameter(description = "Page size 1..100") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100)
            int limit,
            @Parameter(description = "nextCursor of the previous page; absent for the first page")
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        MeetingStatus s = null;
        if (status != null) {
            try {
                s = MeetingStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Unknown status", FieldError.unknownCode("status", status,
                        java.util.Arrays.stream(MeetingStatus.values()).map(Enum::name).toList()));
            }
        }
        if (profileId == null) {
            access.requireAdmin("list all meetings of an event");
        } else {
            access.requireProfile("list the meetings of", profileId);
        }
        var zone = meetings.zoneOf(id.toString());
        List<Meeting> found = meetings.page(id, profileId, s, KeysetCursor.decodeOrNull(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<Meeting> page = more ? found.subList(0, limit) : found;
        Meeting last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(m -> MeetingView.of(m, zone)).toList(),
                more ? new KeysetCursor(last.createdAt, UUID.fromString(last.id)).encode() : null);
    }

    /** For the OpenAPI document only: the {@link Page} of meetings. */
    @Schema(name = "MeetingPage")
    record MeetingPage(List<MeetingView> items,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
            String nextCursor) {
    }

    @GET
    @Path("/{mid}")
    @Operation(summary = "One meeting",
            description = "Its status, slot, table and outcome ratings; for either side of the meeting, the partner behind either side, and admins.")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class), examples = @ExampleObject(name = "meeting", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "A caller that may act for neither side of the meeting",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown meeting", content = @Content(mediaType = PROBLEM))
    public MeetingView get(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                           @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid) {
        Meeting m = meetings.get(id, mid);
        access.requireAnyProfile("see", "meeting " + mid, m.requesterProfileId, m.inviteeProfileId);
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/accept")
    @Operation(summary = "Accept a request (the invitee) or a counter-proposal (the requester)",
            description = "Counts against both sides' innomatch.meetings.max-per-event. An accepted counter-proposal becomes the preferred slot.")
    @APIResponse(responseCode = "200", description = "ACCEPTED", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", or an actor that is not the side that answers",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "No longer waiting for an answer (expired, cancelled…) or a cap is reached",
            content = @Content(mediaType = PROBLEM))
    public MeetingView accept(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                              @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                              @RequestBody(content = @Content(examples = @ExampleObject(name = "accept",
                                      value = "{\"actorProfileId\":\"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11\"}")))
                              @Valid @NotNull MeetingAction action) {
        access.requireProfile("accept a meeting as", action.actorProfileId());
        Meeting m = meetings.accept(id, mid, action.actorProfileId());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/decline")
    @Operation(summary = "Decline a request (the invitee) or a counter-proposal (the requester), with an optional reason",
            description = "The other side is notified with the reason.")
    @APIResponse(responseCode = "200", description = "DECLINED", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", or an actor that is not the side that answers",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "No longer waiting for an answer", content = @Content(mediaType = PROBLEM))
    public MeetingView decline(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                               @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                               @RequestBody(content = @Content(examples = @ExampleObject(name = "decline",
                                       value = "{\"actorProfileId\":\"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11\",\"reason\":\"Not our field\"}")))
                               @Valid @NotNull MeetingAction action) {
        access.requireProfile("decline a meeting as", action.actorProfileId());
        Meeting m = meetings.decline(id, mid, action.actorProfileId(), action.reason());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/propose")
    @Operation(summary = "The invitee proposes another slot (status PROPOSED); the requester then accepts or declines",
            description = "The slot must be one of the event's; the requester is notified.")
    @APIResponse(responseCode = "200", description = "PROPOSED", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", or an actor that is not the invitee",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not PENDING", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "slotStart is not a slot of the event", content = @Content(mediaType = PROBLEM))
    public MeetingView propose(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                               @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                               @RequestBody(content = @Content(examples = @ExampleObject(name = "propose",
                                       value = "{\"actorProfileId\":\"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11\",\"slotStart\":\"2026-12-03T14:00:00+08:00\"}")))
                               @Valid @NotNull MeetingProposal proposal) {
        access.requireProfile("propose a slot as", proposal.actorProfileId());
        Meeting m = meetings.propose(id, mid, proposal.actorProfileId(), proposal.slotStart());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/cancel")
    @Operation(summary = "Either side cancels a request or a meeting (frees its slot and the caps)",
            description = "Allowed while it is pending, proposed, accepted or scheduled; the other side is notified.")
    @APIResponse(responseCode = "200", description = "CANCELLED", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", or an actor that is neither side",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already declined, cancelled or expired", content = @Content(mediaType = PROBLEM))
    public MeetingView cancel(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                              @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                              @RequestBody(content = @Content(examples = @ExampleObject(name = "cancel",
                                      value = "{\"actorProfileId\":\"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05\",\"reason\":\"Flight moved\"}")))
                              @Valid @NotNull MeetingAction action) {
        access.requireProfile("cancel a meeting as", action.actorProfileId());
        Meeting m = meetings.cancel(id, mid, action.actorProfileId(), action.reason());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @Schema(name = "MeetingOutcome")
    public record OutcomeBody(
            @Schema(description = "A side of the meeting", required = true, example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @NotNull UUID actorProfileId,
            @Schema(description = "How it went; feeds the event statistics and, with weight innomatch.meetings.outcome-weight, "
                    + "the ranking between the two sides", required = true, example = "COOPERATION_LIKELY")
            @NotNull Outcome outcome) {
    }

    @POST
    @Path("/{mid}/outcome")
    @Operation(summary = "A side rates a scheduled meeting after its slot ended (a later rating replaces its earlier one)",
            description = "The ratings feed the event's outcome statistics and, as feedback, later recommendations.")
    @APIResponse(responseCode = "200", description = "Rated", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Unknown outcome", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", or an actor that is neither side",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not scheduled, or the slot has not ended", content = @Content(mediaType = PROBLEM))
    public MeetingView outcome(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                               @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                               @RequestBody(content = @Content(examples = @ExampleObject(name = "rating",
                                       value = "{\"actorProfileId\":\"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11\",\"outcome\":\"COOPERATION_LIKELY\"}")))
                               @Valid @NotNull OutcomeBody body) {
        access.requireProfile("rate a meeting as", body.actorProfileId());
        Meeting m = meetings.rate(id, mid, body.actorProfileId(), body.outcome());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @Schema(name = "MeetingNoShow")
    public record NoShowBody(
            @Schema(description = "The side reporting (acted for by itself, its partner or an admin); absent when the "
                    + "organiser (an admin) reports", nullable = true, example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05")
            UUID actorProfileId,
            @Schema(description = "The side that did not come: the other side of the meeting", required = true,
                    example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
            @NotNull UUID absentProfileId) {
    }

    @POST
    @Path("/{mid}/no-show")
    @Operation(summary = "Mark a scheduled meeting no-show: a side did not come",
            description = "By the other side (itself, its partner) or the organiser (an admin, without actorProfileId), "
                    + "once innomatch.meetings.no-show-after (10 minutes) of the slot has passed and only for a side "
                    + "that has not checked in at the venue. The meeting becomes NO_SHOW, its table is free for that "
                    + "slot (a scheduler run may place another meeting there), both sides' caps are released, and it "
                    + "counts as a no-show in the event statistics.")
    @APIResponse(responseCode = "200", description = "NO_SHOW, with absentProfileId",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "absentProfileId missing, not a side, or the actor itself",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not a side", value = NO_SHOW_NOT_A_SIDE)))
    @APIResponse(responseCode = "403", description = NOT_ACTOR + ", an actor that is neither side, or no actor and "
            + "not an admin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown meeting", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED, too early in the slot, or the absent side checked in",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "checked in", value = NO_SHOW_CHECKED_IN)))
    public MeetingView noShow(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                              @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid,
                              @RequestBody(content = @Content(examples = @ExampleObject(name = "no-show",
                                      value = "{\"actorProfileId\":\"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05\","
                                              + "\"absentProfileId\":\"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11\"}")))
                              @Valid @NotNull NoShowBody body) {
        if (body.actorProfileId() == null) {
            access.requireAdmin("mark a meeting no-show without actorProfileId");
        } else {
            access.requireProfile("mark a meeting no-show as", body.actorProfileId());
        }
        Meeting m = meetings.noShow(id, mid, body.actorProfileId(), body.absentProfileId());
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/lock")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Admin: keep a scheduled meeting at its slot and table in later scheduler runs",
            description = "Only for scheduled meetings; unlock undoes it.")
    @APIResponse(responseCode = "200", description = "Locked", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins lock a meeting",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not SCHEDULED", content = @Content(mediaType = PROBLEM))
    public MeetingView lock(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                            @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid) {
        access.requireAdmin("lock a meeting");
        Meeting m = meetings.setLocked(id, mid, true);
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }

    @POST
    @Path("/{mid}/unlock")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Admin: let the scheduler move the meeting again",
            description = "Undoes lock.")
    @APIResponse(responseCode = "200", description = "Unlocked", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "403", description = "Participants and partners: only admins unlock a meeting",
            content = @Content(mediaType = PROBLEM))
    public MeetingView unlock(@Parameter(description = "Matchmaking event id", example = EVENT) @PathParam("id") UUID id,
                              @Parameter(description = "Meeting id", example = MEETING) @PathParam("mid") UUID mid) {
        access.requireAdmin("unlock a meeting");
        Meeting m = meetings.setLocked(id, mid, false);
        return MeetingView.of(m, meetings.zoneOf(m.eventId));
    }
}
