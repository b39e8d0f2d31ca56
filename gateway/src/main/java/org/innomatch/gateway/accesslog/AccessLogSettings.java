package org.innomatch.gateway.accesslog;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The access log: one line per call to the gateway, on standard output. */
@ConfigMapping(prefix = "innomatch.gateway.access-log")
public interface AccessLogSettings {

    @WithDefault("true")
    boolean enabled();

    /** How long a line may wait before it is written (with every other line waiting by then, in one write). */
    @WithDefault("1s")
    Duration flushInterval();

    /**
     * Lines queued for the writer, which takes them every few milliseconds. When it cannot (standard output does
     * not keep up and its write waits) and this many wait, further lines are dropped (and counted in the next line
     * written) rather than slow the calls down or fill the heap.
     */
    @WithDefault("65536")
    int maxPending();
}
