package org.innomatch.matching.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock that says what "now" is where a deadline matters (a meeting request expires at its event's start).
 * UTC. Tests put an alternative in its place to reach a deadline without waiting for it.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
