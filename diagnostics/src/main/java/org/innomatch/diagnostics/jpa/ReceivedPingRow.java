package org.innomatch.diagnostics.jpa;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "received_ping")
public class ReceivedPingRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 100)
    public String origin;

    @Column(length = 200)
    public String note;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
