package org.innomatch.project.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session in the programme of a matchmaking event (V8__programme_sessions.sql). Times are instants. */
@Entity
@Table(name = "programme_session")
public class ProgrammeSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String title;

    public String description;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String room;

    public Integer capacity;

    /** In the order given; the first is the lead speaker. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "speaker_profile_ids", columnDefinition = "uuid[]")
    public List<UUID> speakerProfileIds = new ArrayList<>();

    @Column(name = "project_id")
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
