package org.innomatch.events.diagnostics;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A diagnostics event on {@code innomatch.ping}: one service sends it, others log or answer it, which
 * proves the Kafka wiring between them.
 *
 * @param origin the sending service, e.g. {@code profile-service}
 * @param note   free text
 */
public record Ping(UUID id, String origin, String note, Instant sentAt) {

    public Ping {
        Objects.requireNonNull(id, "id");
    }
}
