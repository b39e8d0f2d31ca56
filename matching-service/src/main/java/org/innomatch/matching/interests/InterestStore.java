package org.innomatch.matching.interests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.matching.index.TargetType;

/** Reads and writes interests in MongoDB. */
@ApplicationScoped
public class InterestStore {

    /** Stores the decision, replacing an earlier one; returns whether it is the first decision on the target. */
    public boolean record(UUID profileId, TargetType targetType, UUID targetId, Decision decision) {
        String id = Interest.idOf(profileId.toString(), targetType.name(), targetId.toString());
        boolean first = Interest.findById(id) == null;
        Interest interest = new Interest();
        interest.id = id;
        interest.profileId = profileId.toString();
        interest.targetType = targetType.name();
        interest.targetId = targetId.toString();
        interest.decision = decision.name();
        interest.decidedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        interest.persistOrUpdate();
        return first;
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
