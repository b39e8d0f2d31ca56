package org.innomatch.notification.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.inbox.Notification;
import org.innomatch.notification.inbox.NotificationView;
import org.innomatch.notification.recipients.RecipientAccess;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;

/** The live stream of a recipient's notifications, for mobile clients. */
@Path("/profiles/{id}/notifications/stream")
@Tag(name = "Inbox")
public class StreamResource {

    private final Inbox inbox;
    private final LiveNotifications live;
    private final Vertx vertx;
    private final Duration heartbeat;
    private final Duration gapWait;
    private final RecipientAccess access;
    private final Clock clock;

    public StreamResource(Inbox inbox, LiveNotifications live, Vertx vertx,
            @ConfigProperty(name = "innomatch.stream.heartbeat", defaultValue = "15s") Duration heartbeat,
            @ConfigProperty(name = "innomatch.stream.gap-wait", defaultValue = "3s") Duration gapWait,
            RecipientAccess access, Clock clock) {
        this.access = access;
        this.inbox = inbox;
        this.live = live;
        this.vertx = vertx;
        this.heartbeat = heartbeat;
        this.gapWait = gapWait;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live stream of a profile's notifications (Server-Sent Events)",
            description = "Each event is a notification (JSON) whose SSE id is its sequence number. A reconnecting "
                    + "client sends Last-Event-ID and first receives every notification after it, then live ones: "
                    + "nothing missed, nothing twice. Comment lines are heartbeats. Notifications that arrived in "
                    + "quiet hours or beyond the daily cap have silent=true.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "event",
                    value = "id: 42\nevent: notification\ndata: {\"id\":\"0b8f1a52-4c3e-4f57-9d0b-7f3b1c2a9e11\",\"seq\":42,"
                            + "\"type\":\"MATCH_FOUND\",\"title\":\"New mutual match\",\"silent\":false}\n\n")))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a number sent by this stream",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad id",
                    value = "{\"type\":\"https://innomatch.org/problems/validation\",\"title\":\"Validation failed\",\"status\":400,"
                            + "\"errors\":[{\"field\":\"Last-Event-ID\",\"message\":\"must be the id of an event this stream sent\","
                            + "\"rejectedValue\":\"yesterday\"}]}")))
    @APIResponse(responseCode = "403", description = RecipientAccess.REFUSED,
            content = @Content(mediaType = "application/problem+json"))
    // Blocking: the access check may read the recipients read model (a partner's right).
    @Blocking
    public Multi<OutboundSseEvent> stream(
            @Parameter(example = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12") @PathParam("id") UUID id,
            @Parameter(description = "The id of the last event received before reconnecting", example = "41")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        access.require("stream", id);
        long after = parseLastEventId(lastEventId);
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            Object lock = new Object();
            OpenStream stream = new OpenStream(id, inbox, new StreamCursor(after, gapWait),
                    n -> {
                        synchronized (lock) {
                            emitter.emit(event(sse, n));
                        }
                    },
                    emitter::fail, clock, Infrastructure.getDefaultWorkerPool(),
                    (task, delay) -> vertx.setTimer(delay, t -> task.run()));
            Runnable stopListening = live.listen(id.toString(), stream::wake);
            // Each heartbeat reads too: a notification whose live signal was lost is sent then.
            long timer = vertx.setPeriodic(heartbeat.toMillis(), t -> {
                synchronized (lock) {
                    emitter.emit(sse.newEventBuilder().comment("heartbeat").build());
                }
                stream.wake();
            });
            emitter.onTermination(() -> {
                stream.close();
                stopListening.run();
                vertx.cancelTimer(timer);
            });
            // The backlog after Last-Event-ID, then whatever comes.
            stream.wake();
        });
    }

    private static OutboundSseEvent event(Sse sse, Notification n) {
        return sse.newEventBuilder()
                .id(Long.toString(n.seq))
                .name("notification")
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(NotificationView.class, NotificationView.of(n))
                .build();
    }

    static long parseLastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(raw.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ProblemException.badRequest("Invalid Last-Event-ID",
                FieldError.of("Last-Event-ID", "must be the id of an event this stream sent", raw));
    }
}
