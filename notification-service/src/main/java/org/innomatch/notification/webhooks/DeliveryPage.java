package org.innomatch.notification.webhooks;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a webhook's delivery log, newest first. */
@Schema(name = "WebhookDeliveryPage")
public record DeliveryPage(List<DeliveryView> items,
        @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {
}
