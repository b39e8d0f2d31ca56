package org.innomatch.notification.webhooks;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.innomatch.notification.delivery.Delivery;

/** One entry of a webhook's delivery log. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "Also the webhook-id header, the same on every retry", example = "webhook/3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c/0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11") String id,
        @Schema(example = "0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11") String notificationId,
        @Schema(example = "MATCH_FOUND") String notificationType,
        @Schema(description = "PENDING, DELIVERED or PARKED (gave up, on innomatch.notifications.dlq)", example = "DELIVERED") String status,
        @Schema(example = "1") int attempts,
        @Schema(example = "2026-11-23T09:30:00Z") Instant createdAt,
        @Schema(description = "When the next attempt is due, while PENDING") Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(example = "HTTP 503") String lastError,
        List<AttemptView> log) {

    @Schema(name = "WebhookDeliveryAttempt")
    public record AttemptView(Instant at, @Schema(example = "200") Integer statusCode, String error, long durationMillis) {
    }

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id, d.notificationId, d.notificationType, d.status, d.attempts, d.createdAt,
                Delivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.deliveredAt, d.lastError,
                d.log == null ? List.of() : d.log.stream()
                        .map(a -> new AttemptView(a.at, a.statusCode, a.error, a.durationMillis)).toList());
    }
}
