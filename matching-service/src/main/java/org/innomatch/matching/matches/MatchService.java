package org.innomatch.matching.matches;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.matches.MatchFound;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.recommendations.RecommendationService;
import org.jboss.logging.Logger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.panache.common.Sort;

/**
 * Turns two INTERESTED sides into a mutual match: profile↔profile when each is interested in the other,
 * profile↔project when the profile is interested in the project and the project's owner in that profile.
 *
 * <p>MongoDB gives no transaction across the match and the Kafka send, so the match is written first with
 * {@code published=false}, then published, then marked published; {@link #republishPending} sends what a crash
 * left behind, with the same event id.
 */
@ApplicationScoped
public class MatchService {

    private static final Logger LOG = Logger.getLogger(MatchService.class);

    private final InterestStore interests;
    private final CandidateIndex index;
    private final RecommendationService recommendations;
    private final MatchPublisher publisher;

    public MatchService(InterestStore interests, CandidateIndex index, RecommendationService recommendations,
                        MatchPublisher publisher) {
        this.interests = interests;
        this.index = index;
        this.recommendations = recommendations;
        this.publisher = publisher;
    }

    /** Called after {@code profileId} declared INTERESTED in the target; returns the matches that now exist. */
    public List<MutualMatch> onInterested(UUID profileId, TargetType targetType, UUID targetId) {
        List<MutualMatch> matches = new ArrayList<>();
        MatchPair.Party me = new MatchPair.Party(TargetType.PROFILE, profileId, profileId);
        if (targetType == TargetType.PROFILE) {
            if (interests.isInterested(targetId, TargetType.PROFILE, profileId)) {
                matches.add(ensure(MatchPair.of(me, new MatchPair.Party(TargetType.PROFILE, targetId, targetId))));
            }
            // As a project owner, my interest in a profile answers that profile's interest in my projects.
            for (Candidate project : index.projectsOwnedBy(profileId)) {
                if (interests.isInterested(targetId, TargetType.PROJECT, project.id())) {
                    matches.add(ensure(MatchPair.of(new MatchPair.Party(TargetType.PROFILE, targetId, targetId),
                            new MatchPair.Party(TargetType.PROJECT, project.id(), profileId))));
                }
            }
        } else {
            UUID owner = index.get(TargetType.PROJECT, targetId).map(Candidate::ownerProfileId).orElse(null);
            if (owner != null && interests.isInterested(owner, TargetType.PROFILE, profileId)) {
                matches.add(ensure(MatchPair.of(me, new MatchPair.Party(TargetType.PROJECT, targetId, owner))));
            }
        }
        return matches;
    }

    public List<MutualMatch> matchesOf(UUID profileId) {
        return MutualMatch.list("firstProfileId = ?1 or secondProfileId = ?1", Sort.descending("foundAt"),
                profileId.toString());
    }

    /** Publishes matches that are still unpublished after {@code olderThan}; returns how many were sent. */
    public int republishPending(Instant olderThan) {
        int sent = 0;
        for (MutualMatch match : MutualMatch.<MutualMatch>list("published = ?1", Sort.ascending("foundAt"), false)) {
            if (match.foundAt.isBefore(olderThan) && publish(match)) {
                sent++;
            }
        }
        return sent;
    }

    private MutualMatch ensure(MatchPair pair) {
        Optional<MutualMatch> existing = MutualMatch.findByIdOptional(pair.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        MutualMatch match = new MutualMatch();
        match.id = pair.key();
        match.matchId = pair.matchId().toString();
        match.firstType = pair.a().type().name();
        match.firstId = pair.a().id().toString();
        match.firstProfileId = pair.a().profileId() == null ? null : pair.a().profileId().toString();
        match.secondType = pair.b().type().name();
        match.secondId = pair.b().id().toString();
        match.secondProfileId = pair.b().profileId() == null ? null : pair.b().profileId().toString();
        match.score = recommendations.scoreOf(pair.a().type(), pair.a().id(), pair.b().type(), pair.b().id());
        // Millisecond precision is what MongoDB keeps, so a re-publish carries exactly the same ce_time.
        match.foundAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        match.published = false;
        try {
            match.persist();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                // Another request created the pair first; it also publishes.
                return MutualMatch.findById(pair.key());
            }
            throw e;
        }
        publish(match);
        return match;
    }

    private boolean publish(MutualMatch match) {
        try {
            publisher.publish(toEvent(match));
        } catch (MatchPublisher.PublishFailedException e) {
            LOG.warnf(e, "MatchFound %s not published yet; the re-publisher will retry", match.matchId);
            return false;
        }
        MutualMatch.mongoCollection().updateOne(Filters.eq("_id", match.id), Updates.set("published", true));
        match.published = true;
        return true;
    }

    static MatchFound toEvent(MutualMatch m) {
        return new MatchFound(UUID.fromString(m.matchId),
                new MatchFound.MatchParty(m.firstType, UUID.fromString(m.firstId), m.firstProfileId == null ? null : UUID.fromString(m.firstProfileId)),
                new MatchFound.MatchParty(m.secondType, UUID.fromString(m.secondId), m.secondProfileId == null ? null : UUID.fromString(m.secondProfileId)),
                m.score, m.foundAt);
    }
}
