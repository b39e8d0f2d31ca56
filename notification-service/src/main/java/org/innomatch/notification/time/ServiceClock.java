package org.innomatch.notification.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The clock that says what "now" is wherever a recipient's local day or time of day matters: quiet hours, the
 * daily cap, digest times, and when a queued e-mail or webhook call is due. UTC; each recipient's own zone comes
 * from their preferences, never from the machine. Tests put an alternative in its place to run on fixed instants.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
