package org.innomatch.notification.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification type a webhook can subscribe to. */
@Schema(name = "WebhookEventType")
public record WebhookEventType(
        @Schema(description = "What eventTypes of a webhook name", example = "MATCH_FOUND") String type,
        @Schema(description = "The type field of the delivered body", example = "notification.MATCH_FOUND")
        String payloadType,
        @Schema(example = "Both sides declared interest: a mutual match; contact details are now shared")
        String description) {
}
