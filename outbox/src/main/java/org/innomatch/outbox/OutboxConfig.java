package org.innomatch.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay, all under {@code innomatch.outbox}. */
@ConfigMapping(prefix = "innomatch.outbox")
public interface OutboxConfig {

    /** Whether this instance relays outbox rows to Kafka; {@link Outbox#publish} works either way. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the relay looks for unsent rows (and refreshes the gauges). Quarkus' scheduler checks its
     * triggers once a second and warns about shorter intervals, which behave as one second; latency does not
     * depend on it, as the commit of a transaction that called {@link Outbox#publish} wakes the relay at once.
     * The poll picks up what the wake-up missed: rows of other instances, retries after a failure.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows sent per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /** Pause after the first failed pass; doubles with each further failure up to {@link #maxBackoff()}. */
    @WithDefault("0.5s")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * How long a send may take before the pass counts as failed: Kafka's {@code delivery.timeout.ms}; half of it
     * bounds {@code request.timeout.ms} and {@code max.block.ms}, so a down broker fails a pass in seconds.
     */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long sent rows are kept (for inspection and replays) before the cleanup job deletes them. */
    @WithDefault("7d")
    Duration retention();

    @WithDefault("1h")
    Duration cleanupInterval();

    /**
     * Extra Kafka producer properties for the relay only, over the service's {@code kafka.*} ones (which already
     * carry the broker's TLS and SASL settings), e.g. {@code innomatch.outbox.producer."linger.ms"=20}. The
     * delivery guarantees ({@code acks}, {@code enable.idempotence}) cannot be overridden.
     */
    Map<String, String> producer();
}
