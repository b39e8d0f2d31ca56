package org.innomatch.events.projects;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A project stopped taking interest: closed by its owner or past its deadline.
 *
 * <p>Compaction keeps only the last record per key, and this record does not carry the project's state.
 * So the producer publishes it <em>before</em> the {@link ProjectUpserted} with status {@code CLOSED}
 * (same key, same partition, so the order holds): live consumers see the transition, a consumer replaying
 * the compacted topic still finds the full state.
 *
 * @param reason e.g. {@code MANUAL}, {@code DEADLINE_PASSED}
 */
public record ProjectClosed(UUID id, Instant closedAt, String reason) {

    public ProjectClosed {
        Objects.requireNonNull(id, "id");
    }
}
