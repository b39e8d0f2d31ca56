package org.innomatch.matching.index;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the engine keeps in memory about a profile or a published project: everything scoring and reasons
 * need, so that re-ranking never loads stored fields from the index.
 *
 * @param ownerProfileId  the profile itself, or the project's owner
 * @param name            the profile name or project title
 * @param kind            the profile kind; for a project, {@code null}
 * @param offers          what the candidate brings (for a project: title and summary)
 * @param needs           what the candidate looks for (for a project: title and summary, the partners it seeks)
 * @param keywords        lower-cased
 * @param trl             technology readiness level of a project, {@code null} for profiles or if not stated
 * @param hidden          a hidden profile requests recommendations but is never recommended
 * @param updatedAt       when the profile or project last changed, {@code null} if unknown (no recency factor then)
 */
public record Candidate(
        TargetType type,
        UUID id,
        UUID ownerProfileId,
        String name,
        String kind,
        String country,
        List<String> sectors,
        List<String> cooperationTypes,
        List<String> languages,
        Set<String> keywords,
        Integer trl,
        String offers,
        TextLanguage offersLanguage,
        String needs,
        TextLanguage needsLanguage,
        boolean hidden,
        long version,
        Instant updatedAt) {

    public Candidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        // Codes are sets in meaning; duplicates are dropped, order is kept.
        sectors = List.copyOf(new LinkedHashSet<>(sectors));
        cooperationTypes = List.copyOf(new LinkedHashSet<>(cooperationTypes));
        languages = List.copyOf(new LinkedHashSet<>(languages));
        keywords = Set.copyOf(keywords);
        offers = offers == null ? "" : offers;
        needs = needs == null ? "" : needs;
    }

    /** A candidate whose last change is unknown. */
    public Candidate(TargetType type, UUID id, UUID ownerProfileId, String name, String kind, String country,
                     List<String> sectors, List<String> cooperationTypes, List<String> languages, Set<String> keywords,
                     Integer trl, String offers, TextLanguage offersLanguage, String needs, TextLanguage needsLanguage,
                     boolean hidden, long version) {
        this(type, id, ownerProfileId, name, kind, country, sectors, cooperationTypes, languages, keywords, trl,
                offers, offersLanguage, needs, needsLanguage, hidden, version, null);
    }

    public String key() {
        return keyOf(type, id);
    }

    public static String keyOf(TargetType type, UUID id) {
        return type.name() + ":" + id;
    }
}
