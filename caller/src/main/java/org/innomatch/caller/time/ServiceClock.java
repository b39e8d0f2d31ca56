package org.innomatch.caller.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The one clock every service reads "now" from: UTC, never the machine's zone. It lives beside the caller because
 * {@code caller-testing}, which every service's tests already use, holds its stand-ins ({@code PinnableClock}, put
 * in its place as an {@code @Alternative}), so that deadlines, quiet hours or a local day are tested at fixed
 * instants rather than by waiting.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
