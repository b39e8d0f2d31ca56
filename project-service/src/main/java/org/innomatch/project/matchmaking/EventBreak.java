package org.innomatch.project.matchmaking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A break in the event's programme; no meetings are scheduled in slots that overlap it. */
@Embeddable
public class EventBreak {

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String label;
}
