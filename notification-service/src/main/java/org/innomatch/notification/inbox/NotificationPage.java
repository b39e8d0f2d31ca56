package org.innomatch.notification.inbox;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an inbox, newest first. */
@Schema(name = "NotificationPage")
public record NotificationPage(
        List<NotificationView> items,
        @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true,
                example = "MDAwMTc2NDE0MDIwMDEyMC0wYjhm") String nextCursor) {
}
