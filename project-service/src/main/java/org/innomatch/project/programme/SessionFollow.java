package org.innomatch.project.programme;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A profile following a session. An unfollowed one is kept, so that the version published with every change keeps
 * growing when the profile follows again.
 */
@Entity
@Table(name = "session_follow")
public class SessionFollow extends PanacheEntityBase {

    @EmbeddedId
    public SessionFollowId id;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public FollowStatus status;

    /** When the current follow began; renewed by following again after unfollowing. */
    @Column(name = "followed_at")
    public Instant followedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Counted by the service, not {@code @Version}: an unchanged row must keep its version. */
    public long version;
}
