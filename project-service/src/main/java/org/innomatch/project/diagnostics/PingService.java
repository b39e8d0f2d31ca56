package org.innomatch.project.diagnostics;

import java.time.Instant;
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

import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PingService {

    private final Emitter<Ping> out;
    private final String serviceName;

    public PingService(@Channel("pings-out") Emitter<Ping> out,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.out = out;
        this.serviceName = serviceName;
    }

    /** Publishes a ping and returns once the broker acknowledged it. */
    public Ping send(String note) {
        Ping ping = new Ping(UUID.randomUUID(), serviceName, note, Instant.now());
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
    @Transactional
    public void record(Ping ping) {
        // A redelivered ping (same id) changes nothing.
        if (ReceivedPing.findById(ping.id()) != null) {
            return;
        }
        ReceivedPing row = new ReceivedPing();
        row.id = ping.id();
        row.origin = ping.origin();
        row.note = ping.note();
        row.sentAt = ping.sentAt();
        row.receivedAt = Instant.now();
        row.persist();
    }

    @Transactional
    public List<ReceivedPingView> received(int limit) {
        List<ReceivedPing> rows = ReceivedPing.findAll(Sort.descending("receivedAt")).page(Page.ofSize(limit)).list();
        return rows.stream()
                .map(r -> new ReceivedPingView(r.id, r.origin, r.note, r.sentAt, r.receivedAt, serviceName))
                .toList();
    }
}
