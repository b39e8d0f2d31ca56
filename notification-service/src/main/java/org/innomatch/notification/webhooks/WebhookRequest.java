package org.innomatch.notification.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a webhook. */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(description = "Where to POST; https only in production", example = "https://portal.example.org/innomatch/hooks") String url,
        @Schema(description = "Notification types to receive; empty or absent: all", example = "[\"MATCH_FOUND\",\"MEETING_SCHEDULED\"]") List<String> eventTypes,
        @Schema(description = "whsec_ + base64 key (24..64 bytes); generated when absent", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
