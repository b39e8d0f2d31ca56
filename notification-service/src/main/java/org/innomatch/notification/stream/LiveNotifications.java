package org.innomatch.notification.stream;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.innomatch.notification.inbox.Notification;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Wakes the open streams of a recipient when a notification for them was written, by this instance or any other.
 * A stream woken reads what it has not sent yet from the inbox ({@link StreamCursor}), so the signal carries
 * nothing but the recipient: the topic {@code innomatch.notifications.live} holds records keyed by recipient, with
 * the writing instance as value. Every instance reads all of it (a consumer group of its own, from the end) and
 * skips its own. A signal lost (Kafka away, the buffer full) delays the notification to the stream's next
 * heartbeat, when every stream reads the inbox anyway.
 */
@ApplicationScoped
public class LiveNotifications {

    static final String SIGNALS_OUT = "live-signals-out";
    static final String SIGNALS_IN = "live-signals-in";
    private static final Logger LOG = Logger.getLogger(LiveNotifications.class);

    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Emitter<String> signals;

    public LiveNotifications(@Channel(SIGNALS_OUT) @OnOverflow(OnOverflow.Strategy.DROP) Emitter<String> signals) {
        this.signals = signals;
    }

    /**
     * Calls {@code wakeUp} whenever a notification for {@code recipientProfileId} was written.
     *
     * @return a handle that stops the listener
     */
    public Runnable listen(String recipientProfileId, Runnable wakeUp) {
        listeners.computeIfAbsent(recipientProfileId, k -> new CopyOnWriteArraySet<>()).add(wakeUp);
        return () -> listeners.computeIfPresent(recipientProfileId, (k, set) -> {
            set.remove(wakeUp);
            return set.isEmpty() ? null : set;
        });
    }

    /** A notification was written here: wakes the streams here, and tells the other instances. */
    public void written(Notification n) {
        wake(n.recipientProfileId);
        Message<String> signal = Message.of(instance)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(n.recipientProfileId).build())
                .withAck(() -> CompletableFuture.completedFuture(null))
                .withNack(error -> {
                    LOG.debugf("Live signal for %s not sent (streams elsewhere see it at their next heartbeat): %s",
                            n.recipientProfileId, error.toString());
                    return CompletableFuture.completedFuture(null);
                });
        try {
            signals.send(signal);
        } catch (RuntimeException e) {
            // Overflow or a closed channel: the heartbeat makes up for it.
            LOG.debugf("Live signal for %s dropped: %s", n.recipientProfileId, e.toString());
        }
    }

    @Incoming(SIGNALS_IN)
    void signalled(ConsumerRecord<String, String> signal) {
        if (signal.key() != null && !instance.equals(signal.value())) {
            wake(signal.key());
        }
    }

    private void wake(String recipientProfileId) {
        Set<Runnable> set = listeners.get(recipientProfileId);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }

    public int listenerCount(String recipientProfileId) {
        Set<Runnable> set = listeners.get(recipientProfileId);
        return set == null ? 0 : set.size();
    }

    /** This instance, as its signals name it. */
    String instance() {
        return instance;
    }
}
