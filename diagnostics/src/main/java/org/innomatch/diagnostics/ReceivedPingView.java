package org.innomatch.diagnostics;

import java.time.Instant;
import java.util.UUID;

/** A ping as this service stored it. */
public record ReceivedPingView(UUID id, String origin, String note, Instant sentAt, Instant receivedAt,
                               String receivedBy) {
}
