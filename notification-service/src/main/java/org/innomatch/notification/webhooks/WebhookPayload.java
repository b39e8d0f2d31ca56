package org.innomatch.notification.webhooks;

import java.time.Instant;

import org.innomatch.notification.inbox.NotificationView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of every webhook call, the Standard Webhooks shape: {@code type} ({@code notification.} + the
 * notification type), {@code timestamp} and {@code data}, the notification as the inbox shows it.
 */
public record WebhookPayload(String type, Instant timestamp, NotificationView data) {

    public static final String TYPE_PREFIX = "notification.";

    public static WebhookPayload of(NotificationView notification, Instant timestamp) {
        return new WebhookPayload(TYPE_PREFIX + notification.type(), timestamp, notification);
    }

    /** The JSON that is signed and sent as it is. */
    public String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
