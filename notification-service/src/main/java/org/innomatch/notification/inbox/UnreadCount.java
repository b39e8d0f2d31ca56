package org.innomatch.notification.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many notifications a recipient has not read yet. */
@Schema(name = "UnreadCount")
public record UnreadCount(@Schema(example = "3") long unread) {
}
