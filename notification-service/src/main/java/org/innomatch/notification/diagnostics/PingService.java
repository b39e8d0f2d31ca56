package org.innomatch.notification.diagnostics;

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

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.reactive.messaging.annotations.Blocking;

@ApplicationScoped
public class PingService {

    private final Emitter<Ping> out;
    private final String serviceName;
    private final Clock clock;

    public PingService(@Channel("pings-out") Emitter<Ping> out,
                       @ConfigProperty(name = "quarkus.application.name") String serviceName,
                       Clock clock) {
        this.out = out;
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
        ReceivedPing doc = new ReceivedPing();
        doc.id = ping.id().toString();
        doc.origin = ping.origin();
        doc.note = ping.note();
        doc.sentAt = ping.sentAt();
        doc.receivedAt = clock.instant();
        try {
            doc.persist();
        } catch (MongoWriteException e) {
            // A redelivered ping (same id) changes nothing.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    public List<ReceivedPingView> received(int limit) {
        List<ReceivedPing> docs = ReceivedPing.findAll(Sort.descending("receivedAt")).page(Page.ofSize(limit)).list();
        return docs.stream()
                .map(d -> new ReceivedPingView(UUID.fromString(d.id), d.origin, d.note, d.sentAt, d.receivedAt, serviceName))
                .toList();
    }
}
