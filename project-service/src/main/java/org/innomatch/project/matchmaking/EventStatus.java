package org.innomatch.project.matchmaking;

/** DRAFT (being prepared), OPEN (registration open), CLOSED (registration closed). */
public enum EventStatus {
    DRAFT,
    OPEN,
    CLOSED
}
