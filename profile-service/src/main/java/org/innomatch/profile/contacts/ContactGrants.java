package org.innomatch.profile.contacts;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Which pairs of profiles may see each other's contact details: a pair may while it holds at least one grant, one
 * per granting event (a mutual match, an accepted meeting). Every method runs in the caller's transaction.
 */
@ApplicationScoped
public class ContactGrants {

    public enum Reason { MATCH, MEETING }

    private final EntityManager em;

    public ContactGrants(EntityManager em) {
        this.em = em;
    }

    /**
     * Records that event {@code eventId} was handled; false if it already was, and the caller must then change
     * nothing.
     */
    public boolean markHandled(UUID eventId, Instant now) {
        return em.createNativeQuery("INSERT INTO contact_grant_event (event_id, handled_at) VALUES (:id, :now) "
                        + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", eventId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Grants both profiles each other's contact details, for as long as the grant of {@code eventId} stands. */
    public void grant(UUID a, UUID b, Reason reason, UUID eventId, Instant grantedAt) {
        if (a.equals(b)) {
            return;
        }
        boolean ordered = lowFirst(a, b);
        em.createNativeQuery("INSERT INTO contact_grant (profile_low, profile_high, reason, granted_at, event_id) "
                        + "VALUES (:low, :high, :reason, :at, :event) ON CONFLICT DO NOTHING")
                .setParameter("low", ordered ? a : b)
                .setParameter("high", ordered ? b : a)
                .setParameter("reason", reason.name())
                .setParameter("at", grantedAt)
                .setParameter("event", eventId)
                .executeUpdate();
    }

    /**
     * Withdraws the grant a mutual match made: the match ended. The pair keeps seeing each other's contact details
     * only if another grant holds (another match between them, an accepted meeting).
     */
    public void revokeMatch(UUID foundEventId) {
        em.createNativeQuery("DELETE FROM contact_grant WHERE reason = 'MATCH' AND event_id = :event")
                .setParameter("event", foundEventId)
                .executeUpdate();
    }

    public boolean granted(UUID a, UUID b) {
        boolean ordered = lowFirst(a, b);
        return !em.createNativeQuery("SELECT 1 FROM contact_grant WHERE profile_low = :low AND profile_high = :high")
                .setParameter("low", ordered ? a : b)
                .setParameter("high", ordered ? b : a)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * The order PostgreSQL gives uuids (unsigned, byte by byte), which the table's check constraint uses;
     * {@link UUID#compareTo} compares signed longs and disagrees for half the ids.
     */
    private static boolean lowFirst(UUID a, UUID b) {
        return a.toString().compareTo(b.toString()) < 0;
    }

    /** For erasure: the profile's grants go with it. */
    public void forget(UUID profileId) {
        em.createNativeQuery("DELETE FROM contact_grant WHERE profile_low = :id OR profile_high = :id")
                .setParameter("id", profileId)
                .executeUpdate();
    }
}
