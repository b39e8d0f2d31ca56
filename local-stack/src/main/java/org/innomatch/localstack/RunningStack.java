package org.innomatch.localstack;

import java.time.Duration;
import java.util.List;

/** A stack whose every service is healthy. Closing it stops everything, as Ctrl-C does. */
public final class RunningStack implements AutoCloseable {

    private final LocalStack owner;
    private final StackEndpoints endpoints;
    private final StackLayout layout;
    private final List<ServiceProcess> services;
    private final Duration startupTime;

    RunningStack(LocalStack owner, StackEndpoints endpoints, StackLayout layout, List<ServiceProcess> services,
                 Duration startupTime) {
        this.owner = owner;
        this.endpoints = endpoints;
        this.layout = layout;
        this.services = List.copyOf(services);
        this.startupTime = startupTime;
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    public StackLayout layout() {
        return layout;
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /** From the start of {@code up} until every service answered its readiness check. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Blocks until the stack has been stopped (by {@link #close()} or a shutdown hook). */
    public void awaitStopped() throws InterruptedException {
        owner.awaitStopped();
    }

    @Override
    public void close() {
        owner.stop();
    }
}
