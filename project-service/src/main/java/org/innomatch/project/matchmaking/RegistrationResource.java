package org.innomatch.project.matchmaking;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.problems.Problem;
import org.innomatch.problems.Page;

@Path("/events/{eventId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Profiles registered to a matchmaking event. Every change is published on "
        + "innomatch.events as RegistrationChanged, keyed by the event id.")
public class RegistrationResource {

    private static final String NOT_YOURS_DESCRIPTION = "A participant, for another participant's profile; "
            + "a partner, for a profile it did not create";

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a profile to an event",
            description = "Idempotent: registering a registered profile again returns the registration with 200 and publishes "
                    + "nothing. The event must be OPEN and the profile known to this service.")
    @APIResponse(responseCode = "201", description = "Registered (or registered again after a cancellation); Location set",
            headers = @Header(name = "Location", description = "URL of the registration", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "registration", value = EventExamples.REGISTRATION)))
    @APIResponse(responseCode = "200", description = "Already registered; the existing registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "registration", value = EventExamples.REGISTRATION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a missing profileId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = EventExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The event is not OPEN (its status is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = EventExamples.NOT_OPEN)))
    @APIResponse(responseCode = "413", description = "Body larger than 64 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = EventExamples.TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "The profile is not known to this service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown profile", value = EventExamples.UNKNOWN_PROFILE)))
    public Response register(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationRequest.class),
                    examples = @ExampleObject(name = "register", value = EventExamples.REGISTRATION_REQUEST)))
            @NotNull @Valid RegistrationRequest request,
            @Context UriInfo uriInfo) {
        RegistrationService.Outcome outcome = registrations.register(eventId, request.profileId());
        if (!outcome.created()) {
            return Response.ok(outcome.registration()).build();
        }
        URI location = uriInfo.getAbsolutePathBuilder().path(request.profileId().toString()).build();
        return Response.created(location).entity(outcome.registration()).build();
    }

    @GET
    @Operation(summary = "List an event's registrations", description = "In registration order, stable; follow nextCursor for the next page. "
            + "Registrations of HIDDEN profiles are listed only to the profile itself, its partner and admins.")
    @APIResponse(responseCode = "200", description = "One page of registrations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationPage.class),
                    examples = @ExampleObject(name = "page", value = EventExamples.REGISTRATION_PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status (allowed ones listed), a bad limit or a cursor this service did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = EventExamples.NOT_FOUND)))
    public Page<RegistrationView> list(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @Parameter(description = "REGISTERED or CANCELLED; both when absent", example = "REGISTERED")
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "Opaque cursor from the previous page's nextCursor")
            @QueryParam("cursor") @Size(max = 200) String cursor,
            @Parameter(description = "Page size, 1..100", example = "20")
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return registrations.list(eventId, status, cursor, limit);
    }

    @GET
    @Path("/{profileId}")
    @Operation(summary = "Get one registration",
            description = "A participant's registration for the event and its status; hidden registrations only for their owner, the partner that created them and admins.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "registration", value = EventExamples.REGISTRATION)))
    @APIResponse(responseCode = "404", description = "No such event, the profile never registered to it, or it is "
            + "HIDDEN and the caller is not the profile, its partner or an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not registered", value = EventExamples.REGISTRATION_NOT_FOUND)))
    public RegistrationView get(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05") @PathParam("profileId") UUID profileId) {
        return registrations.get(eventId, profileId);
    }

    @DELETE
    @Path("/{profileId}")
    @Operation(summary = "Cancel a registration", description = "Idempotent: cancelling a cancelled registration changes nothing. "
            + "The registration stays listed with status CANCELLED.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "403", description = NOT_YOURS_DESCRIPTION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event, or the profile never registered to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not registered", value = EventExamples.REGISTRATION_NOT_FOUND)))
    public Response cancel(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05") @PathParam("profileId") UUID profileId) {
        registrations.cancel(eventId, profileId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{profileId}/check-in")
    @Operation(summary = "Check a participant in at the venue",
            description = "By an admin (the organiser's desk) or the partner that registered the profile; a participant "
                    + "cannot check itself in. Idempotent: checking in again keeps the first time and publishes nothing. "
                    + "Published as RegistrationChanged with checkedInAt; matching uses it for no-shows.")
    @APIResponse(responseCode = "200", description = "Checked in (now or earlier); the registration with checkedInAt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "checked in", value = EventExamples.CHECKED_IN)))
    @APIResponse(responseCode = "403", description = "A participant; a partner, for a profile it did not create",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event, or the profile never registered to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not registered", value = EventExamples.REGISTRATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The registration is CANCELLED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "cancelled", value = EventExamples.CHECK_IN_CANCELLED)))
    public RegistrationView checkIn(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05") @PathParam("profileId") UUID profileId) {
        return registrations.checkIn(eventId, profileId);
    }

    @DELETE
    @Path("/{profileId}/check-in")
    @Operation(summary = "Undo a check-in",
            description = "Admins only, for a badge scanned for the wrong person. Idempotent: undoing a registration "
                    + "that is not checked in changes nothing. Published as RegistrationChanged without checkedInAt.")
    @APIResponse(responseCode = "204", description = "Not checked in (any more)")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such event, or the profile never registered to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not registered", value = EventExamples.REGISTRATION_NOT_FOUND)))
    public Response undoCheckIn(
            @Parameter(description = "Event id", example = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32") @PathParam("eventId") UUID eventId,
            @Parameter(description = "Profile id", example = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05") @PathParam("profileId") UUID profileId) {
        registrations.undoCheckIn(eventId, profileId);
        return Response.noContent().build();
    }

    /** For the OpenAPI document only: the generic {@link Page} of registrations. */
    @Schema(name = "RegistrationPage")
    static final class RegistrationPage {
        public List<RegistrationView> items;
        @Schema(nullable = true, description = "Opaque cursor of the next page; absent on the last page")
        public String nextCursor;
    }
}
