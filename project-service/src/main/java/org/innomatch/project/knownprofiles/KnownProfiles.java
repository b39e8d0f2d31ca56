package org.innomatch.project.knownprofiles;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.innomatch.caller.Caller;
import org.innomatch.events.profiles.ProfileUpserted;

import io.quarkus.panache.common.Parameters;

/**
 * The known-profiles read model: which profiles exist, so that owners and registrants can be checked without
 * calling profile-service. Several instances apply the same records to the same table, so every write is a
 * single idempotent upsert that only moves forward in version.
 */
@ApplicationScoped
public class KnownProfiles {

    private static final String HIDDEN = "HIDDEN";

    private final EntityManager entityManager;

    public KnownProfiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether the profile exists and has not been erased. */
    public boolean exists(UUID profileId) {
        KnownProfile profile = KnownProfile.findById(profileId);
        return profile != null && !profile.deleted;
    }

    /** The partner portal that created the profile, empty if none or if the profile is unknown. */
    public Optional<String> ownerPartnerId(UUID profileId) {
        KnownProfile profile = KnownProfile.findById(profileId);
        return profile == null || profile.deleted ? Optional.empty() : Optional.ofNullable(profile.ownerPartnerId);
    }

    /**
     * Whether the caller may see that the profile takes part in something: every caller, unless the profile is
     * HIDDEN; then only the profile itself, the partner that registered it and admins.
     */
    public boolean visibleTo(Caller caller, UUID profileId) {
        KnownProfile profile = KnownProfile.findById(profileId);
        return profile == null || !HIDDEN.equals(profile.visibility)
                || caller.mayManage(profileId.toString(), profile.ownerPartnerId);
    }

    /** Those of {@code profileIds} the caller may not see ({@link #visibleTo} false), in one query. */
    public Set<UUID> hiddenFrom(Caller caller, Collection<UUID> profileIds) {
        if (caller.isAdmin() || profileIds.isEmpty()) {
            return Set.of();
        }
        List<KnownProfile> hidden = KnownProfile.list("id in ?1 and visibility = ?2", Set.copyOf(profileIds), HIDDEN);
        Set<UUID> out = new HashSet<>();
        for (KnownProfile profile : hidden) {
            if (!caller.mayManage(profile.id.toString(), profile.ownerPartnerId)) {
                out.add(profile.id);
            }
        }
        return out;
    }

    /**
     * A JPQL condition, for a query over rows naming a profile in {@code profileIdPath}, that keeps only the
     * rows {@link #visibleTo} the caller; its parameters are added to {@code parameters}.
     */
    public static String visibleToCondition(Caller caller, String profileIdPath, Parameters parameters) {
        if (caller.isAdmin()) {
            return "1 = 1";
        }
        String hidden = "select k.id from KnownProfile k where k.visibility = '" + HIDDEN + "'";
        if (caller.partner().isPresent()) {
            parameters.and("visibleToPartner", caller.partner().get());
            hidden += " and (k.ownerPartnerId is null or k.ownerPartnerId <> :visibleToPartner)";
        } else {
            Optional<UUID> self = caller.participantProfileId().flatMap(KnownProfiles::uuid);
            if (self.isPresent()) {
                parameters.and("visibleToProfile", self.get());
                hidden += " and k.id <> :visibleToProfile";
            }
        }
        return profileIdPath + " not in (" + hidden + ")";
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Applies a profile state unless the stored one is as new or newer; returns whether it was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyUpsert(ProfileUpserted profile, Instant heardAt) {
        int changed = entityManager.createNativeQuery("""
                INSERT INTO known_profile (id, name, country, owner_partner_id, visibility, version, deleted,
                                           updated_at)
                VALUES (:id, :name, :country, :ownerPartnerId, :visibility, :version, false, :updatedAt)
                ON CONFLICT (id) DO UPDATE
                    SET name = EXCLUDED.name, country = EXCLUDED.country, owner_partner_id = EXCLUDED.owner_partner_id,
                        visibility = EXCLUDED.visibility, version = EXCLUDED.version, deleted = false,
                        updated_at = EXCLUDED.updated_at
                    WHERE known_profile.version < EXCLUDED.version
                """)
                .setParameter("id", profile.id())
                .setParameter("name", profile.name())
                .setParameter("country", profile.country())
                .setParameter("ownerPartnerId", profile.ownerPartnerId())
                .setParameter("visibility", profile.visibility())
                .setParameter("version", profile.version())
                .setParameter("updatedAt", heardAt)
                .executeUpdate();
        return changed > 0;
    }

    /**
     * Marks a profile erased and drops its personal data. The row stays, with its version, so that a replayed
     * older state cannot resurrect the profile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyErasure(UUID profileId, Instant heardAt) {
        entityManager.createNativeQuery("""
                INSERT INTO known_profile (id, name, country, version, deleted, updated_at)
                VALUES (:id, NULL, NULL, 0, true, :updatedAt)
                ON CONFLICT (id) DO UPDATE
                    SET name = NULL, country = NULL, deleted = true, updated_at = EXCLUDED.updated_at
                """)
                .setParameter("id", profileId)
                .setParameter("updatedAt", heardAt)
                .executeUpdate();
    }
}
