package org.innomatch.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A stack whose every service is healthy. Closing it stops everything, as Ctrl-C does. */
public final class RunningStack implements AutoCloseable {

    private final LocalStack owner;
    private final StackEndpoints endpoints;
    private final StackLayout layout;
    private final List<ServiceProcess> services;
    private final Duration startupTime;
    private final Optional<DemoLoadResult> demo;

    RunningStack(LocalStack owner, StackEndpoints endpoints, StackLayout layout, List<ServiceProcess> services,
                 Duration startupTime, Optional<DemoLoadResult> demo) {
        this.owner = owner;
        this.endpoints = endpoints;
        this.layout = layout;
        this.services = List.copyOf(services);
        this.startupTime = startupTime;
        this.demo = demo;
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

    /** What {@code up --demo} loaded; empty without {@code --demo} or when loading failed (reported already). */
    public Optional<DemoLoadResult> demo() {
        return demo;
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
