package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.matching.access.Access;
import org.innomatch.matching.eventmodel.EventDefinition;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

@Path("/events/{id}/agenda")
@Tag(name = "Meetings")
public class AgendaResource {

    static final String CALENDAR = "text/calendar";

    private final MeetingService meetings;

    private final Access access;
    private final CandidateIndex index;
    private final Clock clock;

    public AgendaResource(MeetingService meetings, Access access, CandidateIndex index, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.index = index;
        this.clock = clock;
    }

    /** How a calendar names the other side: its name and country from the read model, else its id. */
    private String nameOf(String profileId) {
        return index.get(TargetType.PROFILE, UUID.fromString(profileId))
                .map(c -> c.country() == null ? c.name() : c.name() + " (" + c.country() + ")")
                .orElse("participant " + profileId);
    }

    @Schema(name = "Agenda")
    public record AgendaView(UUID eventId, String eventName, @Schema(example = "Asia/Shanghai") String timezone, UUID profileId,
                             List<Item> items,
                             @Schema(description = "Accepted meetings the scheduler has not placed yet") int awaitingPlacement) {
    }

    @Schema(name = "AgendaItem")
    public record Item(UUID meetingId, OffsetDateTime slotStart, OffsetDateTime slotEnd,
                       @Schema(nullable = true, description = "Absent for ROOM and ONLINE meetings") Integer table,
                       UUID withProfileId, boolean locked, String message,
                       @Schema(enumeration = {"TABLE", "ROOM", "ONLINE"}) String mode,
                       @Schema(nullable = true) String room,
                       @Schema(nullable = true, description = "https link of an ONLINE or hybrid ROOM meeting") String link) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CALENDAR})
    @Operation(summary = "A participant's scheduled meetings, in time order, at the event's offset",
            description = "JSON by default. Accept: text/calendar, or ?format=ics for calendar subscription links (apps cannot "
                    + "set headers), gives an RFC 5545 calendar with the event's VTIMEZONE.")
    @APIResponse(responseCode = "200", description = "Agenda", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaView.class),
                    examples = @ExampleObject(name = "agenda", value = """
                            {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","eventName":"5th Matchmaking Event","timezone":"Asia/Shanghai",
                             "profileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                             "items":[{"meetingId":"2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93","slotStart":"2026-12-03T10:40:00+08:00",
                                       "slotEnd":"2026-12-03T11:00:00+08:00","table":7,"withProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                                       "locked":false,"message":"Clinical validation","mode":"TABLE"}],"awaitingPlacement":0}""")),
            @Content(mediaType = CALENDAR, examples = @ExampleObject(name = "calendar", value = """
                    BEGIN:VCALENDAR
                    VERSION:2.0
                    PRODID:-//Innomatch//Meetings//EN
                    BEGIN:VTIMEZONE
                    TZID:Asia/Shanghai
                    ...
                    END:VTIMEZONE
                    BEGIN:VEVENT
                    UID:2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93@innomatch
                    DTSTART;TZID=Asia/Shanghai:20261203T104000
                    DTEND;TZID=Asia/Shanghai:20261203T110000
                    SUMMARY:Meeting at table 7
                    END:VEVENT
                    END:VCALENDAR"""))})
    @APIResponse(responseCode = "400", description = "profileId missing", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = Access.PROFILE_REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Unknown event", content = @Content(mediaType = "application/problem+json"))
    public Response agenda(@Parameter(description = "Matchmaking event id", example = MeetingResource.EVENT) @PathParam("id") UUID id,
                           @Parameter(description = "The participant", required = true, example = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11")
                           @QueryParam("profileId") UUID profileId,
                           @Parameter(description = "ics for a calendar regardless of Accept", example = "ics") @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        if (profileId != null) {
            access.requireProfile("see the agenda of", profileId);
        }
        boolean calendar = "ics".equalsIgnoreCase(format) || headers.getAcceptableMediaTypes().stream()
                .filter(t -> !t.isWildcardType())
                .findFirst().map(t -> t.isCompatible(MediaType.valueOf(CALENDAR))).orElse(false);
        if (format != null && !"ics".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
            throw ProblemException.badRequest("Unknown format", FieldError.unknownCode("format", format, List.of("json", "ics")));
        }
        return calendar ? calendar(id, profileId) : Response.ok(json(id, profileId), MediaType.APPLICATION_JSON).build();
    }

    AgendaView json(UUID id, UUID profileId) {
        EventDefinition event = meetings.requireEvent(id);
        List<Meeting> scheduled = scheduled(id, profileId);
        ZoneId zone = event.zone();
        List<Item> items = scheduled.stream().map(m -> new Item(UUID.fromString(m.id), MeetingService.at(m.slotStart, zone),
                MeetingService.at(m.slotEnd, zone), m.table, UUID.fromString(m.otherThan(profileId.toString())), m.locked,
                m.message, m.meetingMode().name(), m.room, m.link)).toList();
        int awaiting = meetings.list(id, profileId, MeetingStatus.ACCEPTED).size();
        return new AgendaView(id, event.name, event.timezone, profileId, items, awaiting);
    }

    Response calendar(UUID id, UUID profileId) {
        EventDefinition event = meetings.requireEvent(id);
        List<Meeting> scheduled = scheduled(id, profileId);
        String place = event.city == null ? null : event.city;
        List<IcsWriter.Entry> entries = scheduled.stream().map(m -> new IcsWriter.Entry(m.id + "@innomatch", m.slotStart, m.slotEnd,
                "Meeting with " + nameOf(m.otherThan(profileId.toString())) + ", " + where(m)
                        + (event.name == null ? "" : " – " + event.name),
                m.meetingMode() == MeetingMode.ONLINE ? "Online" : place == null ? capitalised(where(m))
                        : place + ", " + where(m),
                "With " + nameOf(m.otherThan(profileId.toString())) + ", profile " + m.otherThan(profileId.toString())
                        + (m.link == null ? "" : "\nJoin: " + m.link)
                        + (m.message == null ? "" : "\n" + m.message),
                m.revision, m.link)).toList();
        Instant now = clock.instant();
        Instant from = event.startsAt == null ? now : event.startsAt;
        Instant to = event.endsAt == null ? from : event.endsAt;
        String ics = IcsWriter.write(event.name == null ? "Innomatch agenda" : event.name, event.zone(), entries,
                now, from, to);
        return Response.ok(ics, CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"agenda-" + profileId + ".ics\"").build();
    }

    /** "table 7", "room Meeting room B2" (or just "room"), "online". */
    private static String where(Meeting m) {
        return switch (m.meetingMode()) {
            case TABLE -> "table " + m.table;
            case ROOM -> m.room == null ? "room" : "room " + m.room;
            case ONLINE -> "online";
        };
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<Meeting> scheduled(UUID eventId, UUID profileId) {
        if (profileId == null) {
            throw ProblemException.badRequest("profileId is required", FieldError.of("profileId", "must not be null"));
        }
        return meetings.list(eventId, profileId, MeetingStatus.SCHEDULED).stream()
                .sorted(Comparator.comparing((Meeting m) -> m.slotStart)).toList();
    }
}
