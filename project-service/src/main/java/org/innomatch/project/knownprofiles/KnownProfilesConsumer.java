package org.innomatch.project.knownprofiles;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.RetryPolicy;
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
            // A record that cannot be read goes to the dead-letter topic at once; other failures are retried first.
            RetryPolicy.DEFAULT.handle(record, () -> QuarkusTransaction.requiringNew().run(() -> apply(record)));
        } finally {
            progress.handled(record.partition(), record.offset());
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (CloudEventRecords.isBareTombstone(record)) {
            // A bare tombstone (no CloudEvents headers) still means the profile is gone.
            knownProfiles.applyErasure(profileId(record.key()), Timestamps.now());
            return;
        }
        EventEnvelope<Object> event = CloudEventRecords.decodeKnown(record).orElse(null);
        if (event == null) {
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
}
