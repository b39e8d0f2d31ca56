package org.innomatch.events.projects;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A project was deleted.
 *
 * <p>On the compacted topic {@code innomatch.projects} the Kafka record is a <em>tombstone</em>: key = project
 * id, value {@code null}, the CloudEvents attributes in the headers, so that compaction eventually removes
 * the project from the log. This record is what an outbox row stores and what
 * {@link org.innomatch.events.EventEnvelope#fromKafka} hands a consumer, rebuilt from {@code ce_subject}
 * and {@code ce_time}.
 */
public record ProjectDeleted(UUID id, Instant deletedAt) {

    public ProjectDeleted {
        Objects.requireNonNull(id, "id");
    }
}
