package org.innomatch.matching.matches;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.conversions.Bson;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.recommendations.RecommendationService;
import org.innomatch.problems.KeysetCursor;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Turns two INTERESTED sides into a mutual match: profile↔profile when each is interested in the other,
 * profile↔project when the profile is interested in the project and the project's owner in that profile. A later
 * NOT_INTERESTED of either side ends the match ({@code MatchEnded}); both interested again, it begins anew, one
 * generation on, with a {@code MatchFound} of its own.
 *
 * <p>MongoDB gives no transaction across the match and the Kafka send, so each change is written first with
 * {@code published=false}, then published, then marked published; the {@code Republisher} sends what a crash
 * left behind, with the same event id. A change is made only from the state it was decided on (a conditional
 * update), so requests racing over one pair make one change and one event.
 */
@ApplicationScoped
public class MatchService {

    private final InterestStore interests;
    private final CandidateIndex index;
    private final RecommendationService recommendations;
    private final EventPublisher publisher;
    private final MatchEvents events;
    private final Clock clock;

    public MatchService(InterestStore interests, CandidateIndex index, RecommendationService recommendations,
                        EventPublisher publisher, MatchEvents events, Clock clock) {
        this.interests = interests;
        this.index = index;
        this.recommendations = recommendations;
        this.publisher = publisher;
        this.events = events;
        this.clock = clock;
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

    /**
     * Called after {@code profileId} declared NOT_INTERESTED in the target: ends the matches that held because of
     * the interest it withdrew. Returns the matches ended.
     */
    public List<MutualMatch> onNotInterested(UUID profileId, TargetType targetType, UUID targetId) {
        List<MutualMatch> ended = new ArrayList<>();
        MatchPair.Party me = new MatchPair.Party(TargetType.PROFILE, profileId, profileId);
        if (targetType == TargetType.PROFILE) {
            MatchPair.Party them = new MatchPair.Party(TargetType.PROFILE, targetId, targetId);
            end(MatchPair.of(me, them)).ifPresent(ended::add);
            // As a project owner, my interest in the profile was half of its matches with my projects.
            for (Candidate project : index.projectsOwnedBy(profileId)) {
                end(MatchPair.of(them, new MatchPair.Party(TargetType.PROJECT, project.id(), profileId)))
                        .ifPresent(ended::add);
            }
        } else {
            UUID owner = index.get(TargetType.PROJECT, targetId).map(Candidate::ownerProfileId).orElse(null);
            end(MatchPair.of(me, new MatchPair.Party(TargetType.PROJECT, targetId, owner))).ifPresent(ended::add);
        }
        return ended;
    }

    /** The profile's matches that hold, newest first (ended ones are left out). */
    public List<MutualMatch> matchesOf(UUID profileId, KeysetCursor after, int limit) {
        String profile = profileId.toString();
        List<Bson> conditions = new ArrayList<>(List.of(
                Filters.or(Filters.eq("firstProfileId", profile), Filters.eq("secondProfileId", profile)),
                Filters.eq("endedAt", null)));
        if (after != null) {
            conditions.add(Filters.or(Filters.lt("foundAt", after.position()), Filters.and(
                    Filters.eq("foundAt", after.position()), Filters.lt("matchId", after.id().toString()))));
        }
        return MutualMatch.<MutualMatch>mongoCollection().find(Filters.and(conditions))
                .sort(Sorts.descending("foundAt", "matchId")).limit(limit).into(new ArrayList<>());
    }

    /** Ends the pair's match if it holds; empty if there is none, it had ended, or another request ended it. */
    private Optional<MutualMatch> end(MatchPair pair) {
        MutualMatch ended = MutualMatch.<MutualMatch>mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", pair.key()), Filters.eq("endedAt", null)),
                Updates.combine(Updates.set("endedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                        Updates.set("published", false)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (ended == null) {
            return Optional.empty();
        }
        publish(ended);
        return Optional.of(ended);
    }

    private MutualMatch ensure(MatchPair pair) {
        Optional<MutualMatch> existing = MutualMatch.findByIdOptional(pair.key());
        if (existing.isPresent()) {
            return existing.get().endedAt == null ? existing.get() : foundAgain(existing.get());
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
        match.foundAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        match.generation = 1;
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

    /** An ended match whose sides are both interested again: the next generation begins. */
    private MutualMatch foundAgain(MutualMatch ended) {
        MutualMatch found = MutualMatch.<MutualMatch>mongoCollection().findOneAndUpdate(
                Filters.and(Filters.eq("_id", ended.id), Filters.eq("endedAt", ended.endedAt),
                        MatchEvents.generationIs(ended.generation)),
                Updates.combine(Updates.set("endedAt", null),
                        Updates.set("generation", ended.effectiveGeneration() + 1),
                        Updates.set("foundAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)),
                        Updates.set("score", recommendations.scoreOf(TargetType.valueOf(ended.firstType),
                                UUID.fromString(ended.firstId), TargetType.valueOf(ended.secondType),
                                UUID.fromString(ended.secondId))),
                        Updates.set("published", false)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (found == null) {
            // Another request changed the pair first; it also publishes.
            return MutualMatch.findById(ended.id);
        }
        publish(found);
        return found;
    }

    /** Publishes the event of the match's latest change, and flags it published unless the match changed since. */
    private void publish(MutualMatch match) {
        publisher.publishAndFlag(events, List.of(match));
    }
}
