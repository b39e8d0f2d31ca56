package org.innomatch.project.programme;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it; times at the venue's offset. */
@Schema(name = "Session")
public record SessionView(
        UUID id,
        UUID eventId,
        @Schema(enumeration = {"POLICY_PRESENTATION", "ROADSHOW_PITCH", "PANEL", "OTHER"}) SessionKind kind,
        String title,
        @Schema(nullable = true) String description,
        @Schema(description = "Start at the venue's offset") OffsetDateTime startsAt,
        @Schema(description = "End at the venue's offset") OffsetDateTime endsAt,
        @Schema(nullable = true) String room,
        @Schema(nullable = true) Integer capacity,
        List<UUID> speakerProfileIds,
        @Schema(nullable = true, description = "The project a ROADSHOW_PITCH presents") UUID projectId,
        @Schema(enumeration = {"SCHEDULED", "CANCELLED"}) SessionStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-lock version, also the ETag") long version) {

    static SessionView of(ProgrammeSession s, String timezone) {
        ZoneId zone = ZoneId.of(timezone);
        return new SessionView(s.id, s.eventId, s.kind, s.title, s.description,
                s.startsAt.atZone(zone).toOffsetDateTime(), s.endsAt.atZone(zone).toOffsetDateTime(), s.room,
                s.capacity, List.copyOf(s.speakerProfileIds), s.projectId, s.status, s.createdAt, s.updatedAt,
                s.version);
    }

    SessionRequest toRequest() {
        return new SessionRequest(kind.name(), title, description, startsAt, endsAt, room, capacity,
                speakerProfileIds, projectId, status.name());
    }
}
