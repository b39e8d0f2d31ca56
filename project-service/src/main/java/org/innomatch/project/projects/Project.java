package org.innomatch.project.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.hibernate.annotations.TimeZoneColumn;
import org.hibernate.annotations.TimeZoneStorage;
import org.hibernate.annotations.TimeZoneStorageType;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A project listing. The table also has a generated {@code search_vector} used only by {@link ProjectSearch}. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String summary;

    @Column(name = "owner_profile_id")
    public UUID ownerProfileId;

    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> sectors;

    public Integer trl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_types", columnDefinition = "text[]")
    public List<String> cooperationTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> keywords;

    @Column(name = "funding_amount")
    public BigDecimal fundingAmount;

    @Column(name = "funding_currency")
    public String fundingCurrency;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status;

    // Keeps the offset the client gave, so the deadline reads back (and is published) as written.
    @TimeZoneStorage(TimeZoneStorageType.COLUMN)
    @TimeZoneColumn(name = "deadline_offset")
    public OffsetDateTime deadline;

    @Column(name = "owner_partner_id")
    public String ownerPartnerId;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
