package org.innomatch.project.matchmaking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A profile's registration to a matchmaking event; a cancelled one is kept and can be renewed. */
@Entity
@Table(name = "event_registration")
public class Registration extends PanacheEntityBase {

    @EmbeddedId
    public RegistrationId id;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** When the current registration was made; renewed by registering again after a cancellation. */
    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the participant was checked in at the venue; null if not (or the check-in was undone). */
    @Column(name = "checked_in_at")
    public Instant checkedInAt;
}
