package org.innomatch.project.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A matchmaking event as the API shows it; times at the venue's offset. */
@Schema(name = "MatchmakingEvent")
public record EventView(
        UUID id,
        String name,
        String city,
        @Schema(description = "IANA time zone id of the venue") String timezone,
        @Schema(description = "Start at the venue's offset") OffsetDateTime startsAt,
        @Schema(description = "End at the venue's offset") OffsetDateTime endsAt,
        int slotMinutes,
        int tables,
        @Schema(enumeration = {"DRAFT", "OPEN", "CLOSED"}) EventStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-lock version, also the ETag") long version,
        @Schema(description = "Breaks in time order, at the venue's offset") List<EventBreakBody> breaks) {

    static EventView of(MatchmakingEvent e) {
        return new EventView(e.id, e.name, e.city, e.timezone, atVenue(e.startsAt, e.timezone),
                atVenue(e.endsAt, e.timezone), e.slotMinutes, e.tables, e.status, e.createdAt, e.updatedAt, e.version,
                e.breaks.stream().map(b -> new EventBreakBody(atVenue(b.startsAt, e.timezone), atVenue(b.endsAt, e.timezone), b.label))
                        .toList());
    }

    static OffsetDateTime atVenue(Instant instant, String timezone) {
        return instant.atZone(ZoneId.of(timezone)).toOffsetDateTime();
    }

    EventRequest toRequest() {
        return new EventRequest(name, city, timezone, startsAt, endsAt, slotMinutes, tables, status.name(), breaks);
    }
}
