package org.innomatch.profile.profiles;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event about a profile as the outbox holds it. */
@Schema(name = "ProfileEventRecord", description = "An event about the profile held in the outbox")
public record ProfileEventRecord(
        @Schema(description = "The CloudEvents id (ce_id)") UUID id,
        @Schema(description = "The CloudEvents type", example = "org.innomatch.profile.upserted.v1") String type,
        @Schema(description = "When the change happened (ce_time)") Instant time,
        @Schema(description = "When Kafka acknowledged it; null while still pending", nullable = true) Instant publishedAt,
        @Schema(type = SchemaType.OBJECT, description = "The event data as published; null for a deletion (tombstone)",
                nullable = true) JsonNode data) {
}
