package org.innomatch.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as the inbox API, the stream and webhooks show it. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(example = "0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11") UUID id,
        @Schema(description = "The recipient's sequence number, the stream's event id", example = "42") long seq,
        @Schema(example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12") UUID recipientProfileId,
        @Schema(description = "What happened", example = "MATCH_FOUND") String type,
        @Schema(description = "The aggregate it is about, e.g. the match id", example = "5d2e8c1a-7b44-4f0e-a8f1-2c6b9d3e4f70") String subject,
        @Schema(description = "The other side, for a match or meeting", example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12") UUID otherProfileId,
        @Schema(description = "ISO 639-1 language of title and body", example = "en") String language,
        @Schema(example = "New mutual match") String title,
        @Schema(example = "You and Shenzhen MedTech Ltd. are both interested — request a meeting.") String body,
        @Schema(example = "false") boolean read,
        @Schema(description = "Arrived in quiet hours or beyond the daily cap: do not ring", example = "false") boolean silent,
        @Schema(example = "2026-11-23T09:30:00.120Z") Instant createdAt,
        @Schema(description = "When it was marked read; null while unread", nullable = true) Instant readAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(UUID.fromString(n.id), n.seq, UUID.fromString(n.recipientProfileId), n.type,
                n.subject, n.otherProfileId == null ? null : UUID.fromString(n.otherProfileId), n.language, n.title,
                n.body, n.read, n.silent, n.createdAt, n.readAt);
    }
}
