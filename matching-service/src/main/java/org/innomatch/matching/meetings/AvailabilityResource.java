package org.innomatch.matching.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.innomatch.matching.access.Access;
import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.StorableTimes;

@Path("/events/{id}/availability/{profileId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AvailabilityResource {

    private static final String EXAMPLE = """
            {"unavailable":[{"from":"2026-12-03T09:00","to":"2026-12-03T10:20"},{"from":"2026-12-03T16:00:00+08:00","to":"2026-12-03T17:30:00+08:00"}]}""";

    private final EventModelStore events;

    private final Access access;

    public AvailabilityResource(EventModelStore events, Access access) {
        this.events = events;
        this.access = access;
    }

    @Schema(name = "Availability")
    public record AvailabilityBody(
            @Schema(description = "Periods the participant cannot attend. Times without an offset are local times in the "
                    + "event's time zone; with an offset they are taken as given.", required = true)
            @NotNull @Size(max = 50) List<@NotNull @Valid PeriodBody> unavailable) {
    }

    @Schema(name = "UnavailablePeriod")
    public record PeriodBody(
            @Schema(example = "2026-12-03T09:00", required = true) @NotNull String from,
            @Schema(example = "2026-12-03T10:20", required = true) @NotNull String to) {
    }

    @PUT
    @Operation(summary = "Set the slots a registered participant cannot attend (replaces earlier periods)",
            description = "The scheduler never places a meeting of this participant in a slot overlapping a period. "
                    + "Returned at the event's offset.")
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = AvailabilityBody.class), examples = @ExampleObject(name = "stored", value = """
                    {"unavailable":[{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:20:00+08:00"}]}""")))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not registered, unreadable time or from not before to",
            content = @Content(mediaType = "application/problem+json"))
    public AvailabilityBody put(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                                @Parameter(description = "Participant", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11") @PathParam("profileId") UUID profileId,
                                @RequestBody(content = @Content(examples = @ExampleObject(name = "morning and late afternoon", value = EXAMPLE)))
                                @Valid @NotNull AvailabilityBody body) {
        access.requireProfile("set the availability of", profileId);
        EventDefinition event = events.event(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        List<FieldError> errors = new ArrayList<>();
        if (!events.isRegistered(id, profileId)) {
            errors.add(FieldError.of("profileId", "is not registered for the event", profileId));
        }
        ZoneId zone = event.zone();
        List<Availability.Period> periods = new ArrayList<>();
        for (int i = 0; i < body.unavailable().size(); i++) {
            PeriodBody p = body.unavailable().get(i);
            Instant from = parse(p.from(), zone, "unavailable[" + i + "].from", errors);
            Instant to = parse(p.to(), zone, "unavailable[" + i + "].to", errors);
            if (from != null && to != null) {
                if (!from.isBefore(to)) {
                    errors.add(FieldError.of("unavailable[" + i + "].to", "must be after from", p.to()));
                } else {
                    periods.add(new Availability.Period(from, to));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Availability a = new Availability();
        a.id = Availability.idOf(id, profileId);
        a.eventId = id.toString();
        a.profileId = profileId.toString();
        a.unavailable = periods;
        a.updatedAt = Instant.now();
        a.persistOrUpdate();
        return view(a, zone);
    }

    @GET
    @Operation(summary = "The periods a participant cannot attend, at the event's offset")
    @APIResponse(responseCode = "200", description = "Periods (empty when none were set)",
            content = @Content(schema = @Schema(implementation = AvailabilityBody.class), examples = @ExampleObject(name = "stored", value = """
                    {"unavailable":[{"from":"2026-12-03T09:00:00+08:00","to":"2026-12-03T10:20:00+08:00"}]}""")))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public AvailabilityBody get(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                                @Parameter(description = "Participant", example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11") @PathParam("profileId") UUID profileId) {
        access.requireProfile("see the availability of", profileId);
        EventDefinition event = events.event(id).orElseThrow(() -> ProblemException.notFound("Event", id));
        Availability a = Availability.findById(Availability.idOf(id, profileId));
        return a == null ? new AvailabilityBody(List.of()) : view(a, event.zone());
    }

    private static AvailabilityBody view(Availability a, ZoneId zone) {
        return new AvailabilityBody(a.unavailable.stream().map(p -> new PeriodBody(
                p.from.atZone(zone).toOffsetDateTime().toString(), p.to.atZone(zone).toOffsetDateTime().toString())).toList());
    }

    static Instant parse(String value, ZoneId zone, String field, List<FieldError> errors) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                errors.add(FieldError.of(field, "must be an ISO-8601 date-time, local to the event or with an offset", value));
                return null;
            }
        }
        if (!StorableTimes.holds(instant)) {
            // MongoDB keeps dates as milliseconds in a long; +999999999-12-31 failed the write with a 500.
            errors.add(FieldError.of(field, StorableTimes.MESSAGE, value));
            return null;
        }
        return instant;
    }
}
