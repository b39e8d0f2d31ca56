package org.innomatch.project.knownprofiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.CloudEventHeaders;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.UnknownEventTypeException;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.project.common.Timestamps;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Reads the compacted topic {@code innomatch.profiles} into the known-profiles table.
 *
 * <p>A read-model consumer: every instance must see every partition, so the channel's group id is unique per
 * instance and it starts from the earliest offset (see application.properties), so the table is rebuilt at
 * every start. A record that cannot be read is thrown back to the connector, whose dead-letter-queue strategy
 * parks it with the error and goes on.
 */
@ApplicationScoped
public class KnownProfilesConsumer {

    public static final String CHANNEL = "known-profiles";
    private static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(KnownProfilesConsumer.class);

    private final KnownProfiles knownProfiles;
    private final ReadModelProgress progress;

    public KnownProfilesConsumer(KnownProfiles knownProfiles, ReadModelProgress progress) {
        this.knownProfiles = knownProfiles;
        this.progress = progress;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        try {
            applyWithRetries(record);
        } finally {
            progress.handled(record.partition(), record.offset());
        }
    }

    /**
     * A record that cannot be read is poison: it goes to the dead-letter topic at once. Any other failure (the
     * database away) is retried for a while first, as the next records would most likely fail the same way.
     */
    private void applyWithRetries(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply(record));
                return;
            } catch (EventFormatException e) {
                LOG.warnf("Unreadable record %s-%d@%d (key %s): %s", record.topic(), record.partition(),
                        record.offset(), record.key(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                LOG.warnf(e, "Applying %s-%d@%d failed (attempt %d of %d), retrying in %s", record.topic(),
                        record.partition(), record.offset(), attempt, MAX_ATTEMPTS, backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = headers(record);
        if (record.value() == null && !headers.containsKey(CloudEventHeaders.TYPE)) {
            // A bare tombstone (no CloudEvents headers) still means the profile is gone.
            knownProfiles.applyErasure(profileId(record.key()), Timestamps.now());
            return;
        }
        EventEnvelope<Object> event;
        try {
            event = EventEnvelope.fromKafka(headers, record.value());
        } catch (UnknownEventTypeException e) {
            LOG.debugf("Skipping %s: not a type this service reads", e.eventType());
            return;
        }
        if (event.data() instanceof ProfileUpserted profile) {
            boolean applied = knownProfiles.applyUpsert(profile, Timestamps.now());
            LOG.debugf("Profile %s v%d %s", profile.id(), profile.version(), applied ? "applied" : "older, ignored");
        } else if (event.data() instanceof ProfileDeleted deleted) {
            knownProfiles.applyErasure(deleted.id(), Timestamps.now());
        }
    }

    private static UUID profileId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventFormatException(null, "Tombstone without a profile id key: " + key, e);
        }
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
