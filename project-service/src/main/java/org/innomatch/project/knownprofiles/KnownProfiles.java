package org.innomatch.project.knownprofiles;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.innomatch.events.profiles.ProfileUpserted;

/**
 * The known-profiles read model: which profiles exist, so that owners and registrants can be checked without
 * calling profile-service. Several instances apply the same records to the same table, so every write is a
 * single idempotent upsert that only moves forward in version.
 */
@ApplicationScoped
public class KnownProfiles {

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

    /** Applies a profile state unless the stored one is as new or newer; returns whether it was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyUpsert(ProfileUpserted profile, Instant heardAt) {
        int changed = entityManager.createNativeQuery("""
                INSERT INTO known_profile (id, name, country, owner_partner_id, version, deleted, updated_at)
                VALUES (:id, :name, :country, :ownerPartnerId, :version, false, :updatedAt)
                ON CONFLICT (id) DO UPDATE
                    SET name = EXCLUDED.name, country = EXCLUDED.country, owner_partner_id = EXCLUDED.owner_partner_id,
                        version = EXCLUDED.version, deleted = false, updated_at = EXCLUDED.updated_at
                    WHERE known_profile.version < EXCLUDED.version
                """)
                .setParameter("id", profile.id())
                .setParameter("name", profile.name())
                .setParameter("country", profile.country())
                .setParameter("ownerPartnerId", profile.ownerPartnerId())
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
