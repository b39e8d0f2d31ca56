package org.innomatch.matching.readmodel;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.projects.ProjectClosed;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.PartnerOwners;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextLanguage;

/**
 * Applies profile and project events to the {@link CandidateIndex}: an upsert replaces the candidate unless
 * the index already holds a newer version; a project that is not {@code PUBLISHED}, a closed or deleted
 * project and a deleted profile are removed.
 */
public final class CandidateProjector {

    private static final String PUBLISHED = "PUBLISHED";

    private final CandidateIndex index;
    private final PartnerOwners partners;

    public CandidateProjector(CandidateIndex index, PartnerOwners partners) {
        this.index = index;
        this.partners = partners;
    }

    /**
     * @return the candidate if this event made it appear in the index (a profile not held before, a project
     * newly published), {@code null} otherwise (a change, a removal, an ignored stale state)
     */
    public Candidate apply(Object data) {
        if (data instanceof ProfileUpserted p) {
            Optional<Candidate> held = index.get(TargetType.PROFILE, p.id());
            if (held.isPresent() && held.get().version() > p.version()) {
                return null;
            }
            partners.set(TargetType.PROFILE, p.id(), p.ownerPartnerId());
            Candidate candidate = toCandidate(p);
            index.upsert(candidate);
            return held.isEmpty() ? candidate : null;
        } else if (data instanceof ProfileDeleted d) {
            index.remove(TargetType.PROFILE, d.id());
            partners.remove(TargetType.PROFILE, d.id());
        } else if (data instanceof ProjectUpserted p) {
            Optional<Candidate> held = index.get(TargetType.PROJECT, p.id());
            if (held.isPresent() && held.get().version() > p.version()) {
                return null;
            }
            partners.set(TargetType.PROJECT, p.id(), p.ownerPartnerId());
            if (PUBLISHED.equals(p.status())) {
                Candidate candidate = toCandidate(p);
                index.upsert(candidate);
                return held.isEmpty() ? candidate : null;
            } else {
                index.remove(TargetType.PROJECT, p.id());
            }
        } else if (data instanceof ProjectClosed c) {
            index.remove(TargetType.PROJECT, c.id());
        } else if (data instanceof ProjectDeleted d) {
            index.remove(TargetType.PROJECT, d.id());
            partners.remove(TargetType.PROJECT, d.id());
        }
        return null;
    }

    /** The free texts applying {@code data} will index: a profile's offers and needs, a published project's text. */
    public static List<String> textsOf(Object data) {
        if (data instanceof ProfileUpserted p) {
            return Arrays.asList(p.offers(), p.needs());
        } else if (data instanceof ProjectUpserted p && PUBLISHED.equals(p.status())) {
            return List.of(join(p.title(), p.summary()));
        }
        return List.of();
    }

    private static Candidate toCandidate(ProfileUpserted p) {
        return new Candidate(TargetType.PROFILE, p.id(), p.id(), p.name(), p.kind(), p.country(),
                p.sectors(), p.cooperationTypes(), p.languages(), lowerCase(p.keywords()), null,
                p.offers(), TextLanguage.detect(p.offers(), p.languages()),
                p.needs(), TextLanguage.detect(p.needs(), p.languages()),
                "HIDDEN".equals(p.visibility()), p.version(), lastChange(p.updatedAt(), p.createdAt()));
    }

    private Candidate toCandidate(ProjectUpserted p) {
        // A project declares no languages: its owner's, if already indexed, decide the analysis of a Latin text.
        List<String> ownerLanguages = Optional.ofNullable(p.ownerProfileId())
                .flatMap(owner -> index.get(TargetType.PROFILE, owner))
                .map(Candidate::languages)
                .orElse(List.of());
        String text = join(p.title(), p.summary());
        TextLanguage language = TextLanguage.detect(text, ownerLanguages);
        return new Candidate(TargetType.PROJECT, p.id(), p.ownerProfileId(), p.title(), null, p.country(),
                p.sectors(), p.cooperationTypes(), ownerLanguages, lowerCase(p.keywords()), p.trl(),
                text, language, text, language, false, p.version(), lastChange(p.updatedAt(), p.createdAt()));
    }

    private static Instant lastChange(Instant updatedAt, Instant createdAt) {
        return updatedAt != null ? updatedAt : createdAt;
    }

    private static String join(String title, String summary) {
        if (title == null || title.isBlank()) {
            return Objects.requireNonNullElse(summary, "");
        }
        return summary == null || summary.isBlank() ? title : title + ". " + summary;
    }

    private static Set<String> lowerCase(List<String> keywords) {
        return keywords.stream().filter(Objects::nonNull).map(k -> k.trim().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
