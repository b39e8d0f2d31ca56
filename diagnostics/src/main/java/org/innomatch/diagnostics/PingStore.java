package org.innomatch.diagnostics;

import java.time.Instant;
import java.util.List;

import org.innomatch.events.diagnostics.Ping;

/**
 * Where a service keeps the pings it hears: its own database, so a ping proves the wiring from Kafka to the store.
 * Both kinds are beans; a service excludes the one it has no database for ({@code quarkus.arc.exclude-types}).
 */
public interface PingStore {

    /** Keeps a ping once: a redelivery (same ping id) changes nothing. */
    void keep(Ping ping, Instant receivedAt);

    /** The latest pings heard, newest first. */
    List<HeardPing> latest(int limit);

    /** A ping as stored, with when it was heard. */
    record HeardPing(Ping ping, Instant receivedAt) {
    }
}
