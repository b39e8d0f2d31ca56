package org.innomatch.events.profiles;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A profile was deleted (or erased on request).
 *
 * <p>On the compacted topic {@code innomatch.profiles} the Kafka record is a <em>tombstone</em>: key = profile
 * id, value {@code null}, the CloudEvents attributes in the headers, so that compaction eventually removes
 * the profile's data from the log. This record is what an outbox row stores and what
 * {@link org.innomatch.events.EventEnvelope#fromKafka} hands a consumer, rebuilt from {@code ce_subject}
 * and {@code ce_time}.
 */
public record ProfileDeleted(UUID id, Instant deletedAt) {

    public ProfileDeleted {
        Objects.requireNonNull(id, "id");
    }
}
