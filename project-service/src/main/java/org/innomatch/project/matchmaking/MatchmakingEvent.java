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
}
