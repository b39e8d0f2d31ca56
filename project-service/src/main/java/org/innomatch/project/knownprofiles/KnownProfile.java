package org.innomatch.project.knownprofiles;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A profile as last heard on {@code innomatch.profiles}; written only by {@link KnownProfiles}. */
@Entity
@Table(name = "known_profile")
public class KnownProfile extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String country;

    /** The profile's version in profile-service; only a newer one replaces this row. */
    public long version;

    /** Erased in profile-service (tombstone heard); name and country are then cleared. */
    public boolean deleted;

    @Column(name = "owner_partner_id")
    public String ownerPartnerId;

    /** {@code PUBLIC}, {@code PARTICIPANTS_ONLY} or {@code HIDDEN}; null if heard before it was recorded. */
    public String visibility;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
