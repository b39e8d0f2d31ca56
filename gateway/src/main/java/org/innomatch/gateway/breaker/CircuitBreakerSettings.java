package org.innomatch.gateway.breaker;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the gateway stops sending calls to a failing service, and for how long. */
@ConfigMapping(prefix = "innomatch.gateway.circuit-breaker")
public interface CircuitBreakerSettings {

    @WithDefault("true")
    boolean enabled();

    /** Consecutive failed calls (unreachable, timed out, connection lost before the response) that open it. */
    @WithDefault("5")
    int failureThreshold();

    /** How long it stays open before one probe call is let through. */
    @WithDefault("5s")
    Duration openDelay();
}
