package org.innomatch.events.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full current state of a project listing, published on every change to the compacted topic
 * {@code innomatch.projects} (key = project id); the latest record per key is the project.
 *
 * @param ownerProfileId the profile presenting the project
 * @param country        ISO 3166-1 alpha-2
 * @param trl            technology readiness level 1..9, {@code null} if not stated
 * @param fundingSought  {@code null} if no funding is sought
 * @param status         {@code DRAFT}, {@code PUBLISHED} or {@code CLOSED}
 * @param deadline       when the listing closes by itself, {@code null} if open-ended
 * @param ownerPartnerId the partner portal that created the project, {@code null} if none
 * @param version        increases with every change; consumers drop a state older than the one they hold
 */
public record ProjectUpserted(
        UUID id,
        String title,
        String summary,
        UUID ownerProfileId,
        String country,
        List<String> sectors,
        Integer trl,
        List<String> cooperationTypes,
        List<String> keywords,
        Money fundingSought,
        String status,
        OffsetDateTime deadline,
        String ownerPartnerId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public ProjectUpserted {
        Objects.requireNonNull(id, "id");
        if (trl != null && (trl < 1 || trl > 9)) {
            throw new IllegalArgumentException("trl must be 1..9, was " + trl);
        }
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        cooperationTypes = cooperationTypes == null ? List.of() : List.copyOf(cooperationTypes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** An amount of money; {@code currency} is an ISO 4217 code. */
    public record Money(BigDecimal amount, String currency) {

        public Money {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }
}
