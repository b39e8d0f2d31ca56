package org.innomatch.profile.profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import org.innomatch.events.EventJson;
import org.innomatch.events.Topics;

/**
 * The events about a profile still held in the outbox table ({@code outbox_event}, created by the outbox
 * module's migration). The outbox module has no read API for its rows, so this reads the table directly, in the
 * caller's transaction.
 */
@ApplicationScoped
public class ProfileHistory {

    private final EntityManager em;

    public ProfileHistory(EntityManager em) {
        this.em = em;
    }

    /** Oldest first. Sent rows disappear after the outbox retention period (7 days by default). */
    List<ProfileEventRecord> eventsAbout(UUID profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, event_type, headers ->> 'ce_time', sent_at, "
                        + "convert_from(payload, 'UTF8') FROM outbox_event "
                        + "WHERE topic = :topic AND message_key = :key ORDER BY seq")
                .setParameter("topic", Topics.PROFILES)
                .setParameter("key", profileId.toString())
                .getResultList();
        return rows.stream().map(row -> new ProfileEventRecord((UUID) row[0], (String) row[1],
                row[2] == null ? null : Instant.parse((String) row[2]), SqlValues.instant(row[3]), json((String) row[4]))).toList();
    }

    /**
     * On erasure: deletes the rows about the profile that Kafka has already acknowledged, so that its personal
     * data does not wait for the retention period in the outbox. Unsent rows stay: they must still be delivered
     * before the tombstone, or consumers would see changes out of order.
     */
    int forgetDelivered(UUID profileId) {
        return em.createNativeQuery("DELETE FROM outbox_event "
                        + "WHERE topic = :topic AND message_key = :key AND sent_at IS NOT NULL")
                .setParameter("topic", Topics.PROFILES)
                .setParameter("key", profileId.toString())
                .executeUpdate();
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return EventJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Outbox row with malformed JSON payload", e);
        }
    }
}
