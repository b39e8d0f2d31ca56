package org.innomatch.matching.interests;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import org.innomatch.matching.index.TargetType;

/** Reads and writes interests in MongoDB. */
@ApplicationScoped
public class InterestStore {

    private final Clock clock;

    public InterestStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Stores the decision, replacing an earlier one; returns whether it is the first decision on the target.
     * One upsert decides that, so of concurrent first decisions exactly one is the first.
     */
    public boolean record(UUID profileId, TargetType targetType, UUID targetId, Decision decision) {
        String id = Interest.idOf(profileId.toString(), targetType.name(), targetId.toString());
        Interest interest = new Interest();
        interest.id = id;
        interest.profileId = profileId.toString();
        interest.targetType = targetType.name();
        interest.targetId = targetId.toString();
        interest.decision = decision.name();
        interest.decidedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MongoCollection<Interest> collection = Interest.mongoCollection();
        try {
            return collection.replaceOne(Filters.eq("_id", id), interest, new ReplaceOptions().upsert(true))
                    .getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // MongoDB may let two upserts race for the same _id; the one refused was not the first.
            collection.replaceOne(Filters.eq("_id", id), interest);
            return false;
        }
    }

    public boolean isInterested(UUID profileId, TargetType targetType, UUID targetId) {
        Interest interest = Interest.findById(Interest.idOf(profileId.toString(), targetType.name(), targetId.toString()));
        return interest != null && Decision.INTERESTED.name().equals(interest.decision);
    }

    public Set<UUID> notInterested(UUID profileId, TargetType targetType) {
        return Interest.<Interest>list("profileId = ?1 and targetType = ?2 and decision = ?3",
                        profileId.toString(), targetType.name(), Decision.NOT_INTERESTED.name())
                .stream().map(i -> UUID.fromString(i.targetId)).collect(Collectors.toUnmodifiableSet());
    }
}
