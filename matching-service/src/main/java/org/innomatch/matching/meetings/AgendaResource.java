package org.innomatch.matching.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
import org.innomatch.matching.programme.ProgrammeSession;
import org.innomatch.matching.programme.ProgrammeStore;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

import com.fasterxml.jackson.annotation.JsonInclude;

@Path("/events/{id}/agenda")
@Tag(name = "Meetings")
public class AgendaResource {

    static final String CALENDAR = "text/calendar";

    private final MeetingService meetings;
    private final ProgrammeStore programme;
    private final Access access;
    private final CandidateIndex index;
    private final Clock clock;

    public AgendaResource(MeetingService meetings, ProgrammeStore programme, Access access, CandidateIndex index,
                          Clock clock) {
        this.meetings = meetings;
        this.programme = programme;
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
                             @Schema(description = "Meetings and sessions, by start time") List<Item> items,
                             @Schema(description = "Accepted meetings the scheduler has not placed yet") int awaitingPlacement) {
    }

    /** A scheduled meeting or a session the participant follows or speaks at; fields of the other type are absent. */
    @Schema(name = "AgendaItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "MEETING or SESSION", example = "MEETING") String type,
            @Schema(description = "Start at the event's offset") OffsetDateTime start,
            @Schema(description = "End at the event's offset") OffsetDateTime end,
            UUID meetingId,
            @Schema(description = "Meeting: same as start") OffsetDateTime slotStart,
            @Schema(description = "Meeting: same as end") OffsetDateTime slotEnd,
            @Schema(description = "Meeting at a table; absent for ROOM and ONLINE meetings") Integer table,
            UUID withProfileId, Boolean locked, String message,
            @Schema(description = "Meeting: TABLE, ROOM or ONLINE", enumeration = {"TABLE", "ROOM", "ONLINE"})
            String mode,
            @Schema(description = "Meeting: https link of an ONLINE or hybrid ROOM meeting") String link,
            UUID sessionId,
            @Schema(description = "Session: POLICY_PRESENTATION, ROADSHOW_PITCH, PANEL or OTHER",
                    example = "ROADSHOW_PITCH") String kind,
            String title,
            @Schema(description = "Session: its room; meeting: the ROOM meeting's room") String room,
            @Schema(description = "Roadshow pitch: the project presented") UUID projectId,
            @Schema(description = "Session: SCHEDULED or CANCELLED (will not take place)") String status,
            @Schema(description = "Session: the participant speaks at it") Boolean speaking,
            @Schema(description = "Session: the participant follows it") Boolean following) {

        static Item meeting(Meeting m, UUID profileId, ZoneId zone) {
            OffsetDateTime start = MeetingService.at(m.slotStart, zone);
            OffsetDateTime end = MeetingService.at(m.slotEnd, zone);
            return new Item(MEETING, start, end, UUID.fromString(m.id), start, end, m.table,
                    UUID.fromString(m.otherThan(profileId.toString())), m.locked, m.message, m.meetingMode().name(),
                    m.link, null, null, null, m.room, null, null, null, null);
        }

        static Item session(ProgrammeSession s, UUID profileId, boolean following, ZoneId zone) {
            return new Item(SESSION, MeetingService.at(s.startsAt, zone), MeetingService.at(s.endsAt, zone),
                    null, null, null, null, null, null, null, null, null,
                    UUID.fromString(s.id), s.kind, s.title, s.room, s.projectId == null ? null : UUID.fromString(s.projectId),
                    s.status, s.hasSpeaker(profileId.toString()), following);
        }
    }

    static final String MEETING = "MEETING";
    static final String SESSION = "SESSION";

    @GET
    @Produces({MediaType.APPLICATION_JSON, CALENDAR})
    @Operation(summary = "A participant's scheduled meetings and the sessions it follows or speaks at, in time order",
            description = "Times at the event's offset. Cancelled sessions stay on the agenda with status CANCELLED "
                    + "(STATUS:CANCELLED in the calendar, so calendar apps update their copy); deleted ones disappear. "
                    + "JSON by default. Accept: text/calendar, or ?format=ics for calendar subscription links (apps cannot "
                    + "set headers), gives an RFC 5545 calendar with the event's VTIMEZONE.")
    @APIResponse(responseCode = "200", description = "Agenda", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaView.class),
                    examples = @ExampleObject(name = "agenda", value = """
                            {"eventId":"5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32","eventName":"5th Matchmaking Event","timezone":"Asia/Shanghai",
                             "profileId":"3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
                             "items":[{"type":"MEETING","start":"2026-12-03T10:40:00+08:00","end":"2026-12-03T11:00:00+08:00",
                                       "meetingId":"2b8f6d47-c1e9-4a03-9d52-7e4a1c6b0f93","slotStart":"2026-12-03T10:40:00+08:00",
                                       "slotEnd":"2026-12-03T11:00:00+08:00","table":7,"withProfileId":"e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                                       "locked":false,"message":"Clinical validation","mode":"TABLE"},
                                      {"type":"SESSION","start":"2026-12-03T14:00:00+08:00","end":"2026-12-03T14:20:00+08:00",
                                       "sessionId":"7c1e4b2a-9d3f-4e58-b6a0-1f2d3c4b5a69","kind":"ROADSHOW_PITCH",
                                       "title":"AI-assisted CT screening","room":"Hall B",
                                       "projectId":"5d2e8a47-1c3b-4f6a-8e9d-7b0c2a4f6e13","status":"SCHEDULED",
                                       "speaking":false,"following":true}],"awaitingPlacement":0}""")),
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
                    BEGIN:VEVENT
                    UID:session-7c1e4b2a-9d3f-4e58-b6a0-1f2d3c4b5a69@innomatch
                    DTSTART;TZID=Asia/Shanghai:20261203T140000
                    DTEND;TZID=Asia/Shanghai:20261203T142000
                    SUMMARY:Roadshow pitch: AI-assisted CT screening
                    SEQUENCE:3
                    STATUS:CONFIRMED
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
        Set<String> followed = programme.followed(id, profileId);
        List<Item> items = new ArrayList<>();
        scheduled.forEach(m -> items.add(Item.meeting(m, profileId, zone)));
        sessions(id, profileId).forEach(s -> items.add(Item.session(s, profileId, followed.contains(s.id), zone)));
        items.sort(Comparator.comparing(Item::start, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
                .thenComparing(Item::end, Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
                .thenComparing(Item::type));
        int awaiting = meetings.list(id, profileId, MeetingStatus.ACCEPTED).size();
        return new AgendaView(id, event.name, event.timezone, profileId, items, awaiting);
    }

    Response calendar(UUID id, UUID profileId) {
        EventDefinition event = meetings.requireEvent(id);
        List<Meeting> scheduled = scheduled(id, profileId);
        String place = event.city == null ? null : event.city;
        List<IcsWriter.Entry> entries = new ArrayList<>(scheduled.stream().map(m -> new IcsWriter.Entry(m.id + "@innomatch", m.slotStart, m.slotEnd,
                "Meeting with " + nameOf(m.otherThan(profileId.toString())) + ", " + where(m)
                        + (event.name == null ? "" : " – " + event.name),
                m.meetingMode() == MeetingMode.ONLINE ? "Online" : place == null ? capitalised(where(m))
                        : place + ", " + where(m),
                "With " + nameOf(m.otherThan(profileId.toString())) + ", profile " + m.otherThan(profileId.toString())
                        + (m.link == null ? "" : "\nJoin: " + m.link)
                        + (m.message == null ? "" : "\n" + m.message),
                m.revision, IcsWriter.CONFIRMED, m.link)).toList());
        for (ProgrammeSession s : sessions(id, profileId)) {
            entries.add(sessionEntry(s, profileId, place));
        }
        entries.sort(Comparator.comparing(IcsWriter.Entry::start).thenComparing(IcsWriter.Entry::uid));
        Instant now = clock.instant();
        Instant from = event.startsAt == null ? now : event.startsAt;
        Instant to = event.endsAt == null ? from : event.endsAt;
        String ics = IcsWriter.write(event.name == null ? "Innomatch agenda" : event.name, event.zone(), entries,
                now, from, to);
        return Response.ok(ics, CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"agenda-" + profileId + ".ics\"").build();
    }

    /**
     * One VEVENT per session: the UID comes from the session id and SEQUENCE is its version, so a calendar app
     * replaces its copy when the session moves or is cancelled (STATUS:CANCELLED) instead of adding a second one.
     */
    private IcsWriter.Entry sessionEntry(ProgrammeSession s, UUID profileId, String place) {
        String label = switch (s.kind == null ? "" : s.kind) {
            case "POLICY_PRESENTATION" -> "Policy presentation";
            case "ROADSHOW_PITCH" -> "Roadshow pitch";
            case "PANEL" -> "Panel";
            default -> "Session";
        };
        String summary = label + ": " + (s.title == null ? "untitled" : s.title)
                + (s.hasSpeaker(profileId.toString()) ? " (you speak)" : "");
        String location = s.room == null ? place : place == null ? s.room : place + ", " + s.room;
        List<String> about = new ArrayList<>();
        if (s.description != null && !s.description.isBlank()) {
            about.add(s.description);
        }
        if (s.speakerProfileIds != null && !s.speakerProfileIds.isEmpty()) {
            about.add("Speakers: " + String.join("; ", s.speakerProfileIds.stream().map(this::nameOf).toList()));
        }
        if (s.projectId != null) {
            about.add("Project " + s.projectId);
        }
        return new IcsWriter.Entry("session-" + s.id + "@innomatch", s.startsAt, s.endsAt, summary, location,
                about.isEmpty() ? null : String.join("\n", about), s.version,
                ProgrammeSession.CANCELLED.equals(s.status) ? IcsWriter.CANCELLED : IcsWriter.CONFIRMED, null);
    }

    /** Sessions with a time that the participant follows or speaks at, cancelled ones included. */
    private List<ProgrammeSession> sessions(UUID eventId, UUID profileId) {
        return programme.agendaOf(eventId, profileId).stream()
                .filter(s -> s.startsAt != null && s.endsAt != null).toList();
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
