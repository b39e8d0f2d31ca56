package org.innomatch.gateway.breaker;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.innomatch.gateway.upstreams.Upstream;
import org.innomatch.gateway.upstreams.Upstreams;

/** One {@link UpstreamBreaker} per service, shared by every call to it in this gateway instance. */
// A plain singleton, built at startup: no client proxy on the per-call path, nothing loaded on the first call.
@Singleton
public class CircuitBreakers {

    private final Map<String, UpstreamBreaker> byService;

    public CircuitBreakers(CircuitBreakerSettings settings, Upstreams upstreams) {
        // Switched off, a breaker simply never reaches its threshold.
        int threshold = settings.enabled() ? settings.failureThreshold() : Integer.MAX_VALUE;
        this.byService = upstreams.all().stream().map(Upstream::name).collect(Collectors.toUnmodifiableMap(
                Function.identity(),
                name -> new UpstreamBreaker(name, threshold, settings.openDelay().toNanos(),
                        System::nanoTime)));
    }

    public UpstreamBreaker of(String service) {
        return byService.get(service);
    }
}
