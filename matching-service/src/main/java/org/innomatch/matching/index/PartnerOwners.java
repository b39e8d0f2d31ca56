package org.innomatch.matching.index;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which partner portal created each profile and project (ProfileUpserted / ProjectUpserted {@code ownerPartnerId}),
 * kept beside the index because scoring never needs it; fed by the read model, read by access checks.
 */
@ApplicationScoped
public class PartnerOwners {

    private final Map<String, String> byKey = new ConcurrentHashMap<>();

    public void set(TargetType type, UUID id, String partnerId) {
        if (partnerId == null || partnerId.isBlank()) {
            byKey.remove(Candidate.keyOf(type, id));
        } else {
            byKey.put(Candidate.keyOf(type, id), partnerId);
        }
    }

    public void remove(TargetType type, UUID id) {
        byKey.remove(Candidate.keyOf(type, id));
    }

    /** The creating partner, null if none or unknown. */
    public String of(TargetType type, UUID id) {
        return id == null ? null : byKey.get(Candidate.keyOf(type, id));
    }
}
