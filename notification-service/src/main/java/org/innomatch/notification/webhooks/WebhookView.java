package org.innomatch.notification.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered webhook. The secret is shown only in the response to its creation. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(example = "3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c") UUID id,
        @Schema(example = "https://portal.example.org/innomatch/hooks") String url,
        @Schema(example = "[\"MATCH_FOUND\"]") List<String> eventTypes,
        @Schema(description = "Only in the responses to creation and rotation", nullable = true,
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(example = "2026-11-23T09:30:00Z") Instant createdAt,
        @Schema(description = "After a rotation: until when deliveries are also signed with the previous secret",
                nullable = true, example = "2026-11-24T09:30:00Z") Instant previousSecretExpiresAt) {

    static WebhookView of(Webhook w, boolean withSecret, Instant now) {
        Instant overlap = w.previousSecretUntil != null && now.isBefore(w.previousSecretUntil)
                ? w.previousSecretUntil : null;
        return new WebhookView(UUID.fromString(w.id), w.url, w.eventTypes, withSecret ? w.secret : null, w.createdAt,
                overlap);
    }
}
