package org.innomatch.notification.dispatch;

import java.util.UUID;
import java.util.function.Function;

import org.innomatch.notification.inbox.NotificationTexts.Text;

/**
 * A notification to create for one recipient.
 *
 * @param dedupKey  the event id, or a key naming the fact when it must fire once whatever event carries it
 * @param text      the title and body in a given supported language
 */
public record Draft(String dedupKey, UUID recipientProfileId, String type, String subject, UUID otherProfileId,
        Function<String, Text> text) {
}
