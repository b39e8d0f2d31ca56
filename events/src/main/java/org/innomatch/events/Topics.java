package org.innomatch.events;

import java.util.Set;

/**
 * Kafka topic names. Every record is keyed by its envelope's {@code subject}, so all changes to one
 * aggregate land on one partition, in order.
 */
public final class Topics {

    /** Compacted; key = profile id; full current state, a delete is a tombstone. */
    public static final String PROFILES = "innomatch.profiles";
    /** Compacted; key = project id; full current state, a delete is a tombstone. */
    public static final String PROJECTS = "innomatch.projects";
    /** Matchmaking events, their registrations, programme sessions and session follows. */
    public static final String EVENTS = "innomatch.events";
    public static final String MATCHES = "innomatch.matches";
    public static final String MEETINGS = "innomatch.meetings";
    /** Diagnostics: proves the Kafka wiring between services. */
    public static final String PING = "innomatch.ping";
    /**
     * Compacted; key = API key id; the gateway's API key records (hashes only), shared by its instances. Not an
     * event contract: only the gateway reads and writes it.
     */
    public static final String API_KEYS = "innomatch.api-keys";
    /**
     * Short-lived (records dropped after a minute); what each gateway instance's callers spent, so that their rate
     * limits hold across instances. Not an event contract: only the gateway reads and writes it.
     */
    public static final String RATE_USAGE = "innomatch.rate-usage";
    /**
     * Short-lived (records dropped after a minute); which recipient a notification-service instance just wrote a
     * notification for, so that their live streams on other instances read it. Not an event contract: only
     * notification-service reads and writes it.
     */
    public static final String NOTIFICATIONS_LIVE = "innomatch.notifications.live";
    /** Dead letters of notification-service; not an event contract of its own. */
    public static final String NOTIFICATIONS_DLQ = "innomatch.notifications.dlq";

    /** Topics that carry event contracts (everything an {@link EventType} can be sent to). */
    public static final Set<String> EVENT_TOPICS = Set.of(PROFILES, PROJECTS, EVENTS, MATCHES, MEETINGS, PING);

    /** Topics to create with {@code cleanup.policy=compact}. */
    public static final Set<String> COMPACTED = Set.of(PROFILES, PROJECTS, API_KEYS);

    private Topics() {
    }

    public static boolean isCompacted(String topic) {
        return COMPACTED.contains(topic);
    }
}
