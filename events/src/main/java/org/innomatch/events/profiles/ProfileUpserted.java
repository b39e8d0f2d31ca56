package org.innomatch.events.profiles;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full current state of a participant profile, published on every change to the compacted topic
 * {@code innomatch.profiles} (key = profile id); the latest record per key is the profile.
 *
 * <p>Codes ({@code kind}, {@code sectors}, {@code cooperationTypes}, {@code country}, {@code languages},
 * {@code visibility}) are strings so that a new code does not break consumers built before it existed.
 * {@code contact} is private: consumers show it only to the owner, admins and mutual matches.
 *
 * @param kind             e.g. {@code DIPLOMAT}, {@code UNIVERSITY}, {@code STARTUP}, {@code INVESTOR}
 * @param country          ISO 3166-1 alpha-2
 * @param sectors          sector codes, possibly refined ({@code HEALTH.MEDTECH})
 * @param offers           free text: what the participant brings
 * @param needs            free text: what the participant looks for
 * @param languages        ISO 639-1 codes
 * @param visibility       {@code PUBLIC}, {@code PARTICIPANTS_ONLY} or {@code HIDDEN}
 * @param ownerPartnerId   the partner portal that created the profile, {@code null} if none
 * @param version          increases with every change; consumers drop a state older than the one they hold
 */
public record ProfileUpserted(
        UUID id,
        String name,
        String kind,
        String organization,
        String country,
        List<String> sectors,
        String offers,
        String needs,
        List<String> keywords,
        List<String> cooperationTypes,
        List<String> languages,
        Contact contact,
        String visibility,
        String ownerPartnerId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public ProfileUpserted {
        Objects.requireNonNull(id, "id");
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        cooperationTypes = cooperationTypes == null ? List.of() : List.copyOf(cooperationTypes);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** How to reach the participant; every part is optional. */
    public record Contact(String email, String phone, String website) {
    }
}
