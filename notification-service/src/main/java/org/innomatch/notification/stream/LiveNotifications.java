package org.innomatch.notification.stream;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.notification.inbox.Notification;

/**
 * Hands new notifications to the open streams of their recipient in this process. Notifications written by
 * another instance reach a client when it reconnects (Last-Event-ID) — see the README.
 */
@ApplicationScoped
public class LiveNotifications {

    private final Map<String, Set<Consumer<Notification>>> listeners = new ConcurrentHashMap<>();

    /** @return a handle that stops the listener */
    public Runnable listen(String recipientProfileId, Consumer<Notification> listener) {
        listeners.computeIfAbsent(recipientProfileId, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(recipientProfileId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(Notification n) {
        Set<Consumer<Notification>> set = listeners.get(n.recipientProfileId);
        if (set != null) {
            set.forEach(l -> l.accept(n));
        }
    }

    public int listenerCount(String recipientProfileId) {
        Set<Consumer<Notification>> set = listeners.get(recipientProfileId);
        return set == null ? 0 : set.size();
    }
}
