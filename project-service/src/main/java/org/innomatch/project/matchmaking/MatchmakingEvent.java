package org.innomatch.project.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A matchmaking event: a partnering day where registered participants meet at {@code tables} in slots of
 * {@code slotMinutes}. Times are instants here; the API shows them at the venue's offset ({@code timezone}).
 */
@Entity
@Table(name = "matchmaking_event")
public class MatchmakingEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String city;

    /** IANA zone id of the venue. */
    public String timezone;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "slot_minutes")
    public int slotMinutes;

    public int tables;

    /** Breaks in time order (V6__event_breaks.sql). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matchmaking_event_break", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<EventBreak> breaks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * The event, after locking its row until the transaction ends ({@code null} if there is none). The lock is a
     * plain {@code SELECT ... FOR NO KEY UPDATE} of the row: asking Hibernate for a pessimistic find of this
     * entity goes through its follow-on locking (the breaks are an eagerly joined collection), which under
     * concurrent calls failed with a ConcurrentModificationException and let two registrations of one profile
     * through.
     */
    public static MatchmakingEvent findLocked(UUID id) {
        List<?> locked = getEntityManager()
                .createNativeQuery("select id from matchmaking_event where id = :id for no key update")
                .setParameter("id", id)
                .getResultList();
        return locked.isEmpty() ? null : findById(id);
    }
}
