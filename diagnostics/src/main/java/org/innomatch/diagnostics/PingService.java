package org.innomatch.diagnostics;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.diagnostics.Ping;
import org.innomatch.problems.ProblemException;

import io.smallrye.reactive.messaging.annotations.Blocking;

/** Sends pings on {@code pings-out}; keeps every ping heard on {@code pings-in} in the service's {@link PingStore}. */
@ApplicationScoped
public class PingService {

    private final Emitter<Ping> out;
    private final PingStore store;
    private final String serviceName;
    private final Clock clock;

    public PingService(@Channel("pings-out") Emitter<Ping> out, PingStore store,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName, Clock clock) {
        this.out = out;
        this.store = store;
        this.serviceName = serviceName;
        this.clock = clock;
    }

    /** Publishes a ping and returns once the broker acknowledged it. */
    public Ping send(String note) {
        Ping ping = new Ping(UUID.randomUUID(), serviceName, note, clock.instant());
        try {
            out.send(ping).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Kafka did not acknowledge the ping in time");
        } catch (ExecutionException | TimeoutException e) {
            throw ProblemException.unavailable("Kafka did not acknowledge the ping in time");
        }
        return ping;
    }

    @Incoming("pings-in")
    @Blocking
    public void record(Ping ping) {
        store.keep(ping, clock.instant());
    }

    public List<ReceivedPingView> received(int limit) {
        return store.latest(limit).stream()
                .map(h -> new ReceivedPingView(h.ping().id(), h.ping().origin(), h.ping().note(), h.ping().sentAt(),
                        h.receivedAt(), serviceName))
                .toList();
    }
}
