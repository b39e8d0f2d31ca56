package org.innomatch.notification.profiles;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.preferences.NotificationPreferences;
import org.innomatch.notification.kafka.RecordProcessing;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads the compacted topic {@code innomatch.profiles} into the recipients read model, kept in MongoDB. All
 * instances share its group, so a record is applied once and a restart resumes from the committed offsets
 * (see application.properties).
 * A tombstone deletes the recipient and erases their notifications, deliveries and preferences, and the
 * notifications in other inboxes that name the profile (with their deliveries). An unreadable record goes to the
 * dead-letter topic; a Mongo outage is waited out.
 */
@ApplicationScoped
public class RecipientsConsumer {

    public static final String CHANNEL = "recipients-in";
    private static final Logger LOG = Logger.getLogger(RecipientsConsumer.class);

    private final Recipients recipients;
    private final Inbox inbox;
    private final Deliveries deliveries;
    private final NotificationPreferences preferences;
    private final RecordProcessing processing;

    public RecipientsConsumer(Recipients recipients, Inbox inbox, Deliveries deliveries,
            NotificationPreferences preferences, RecordProcessing processing) {
        this.processing = processing;
        this.recipients = recipients;
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.preferences = preferences;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        processing.handle(record, this::apply);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (CloudEventRecords.isBareTombstone(record)) {
            // A bare tombstone (no CloudEvents headers) still means the profile is gone.
            erase(UUID.fromString(String.valueOf(record.key())));
            return;
        }
        EventEnvelope<Object> event = CloudEventRecords.decodeKnown(record).orElse(null);
        if (event == null) {
            return;
        }
        if (event.data() instanceof ProfileUpserted profile) {
            recipients.applyUpsert(profile);
        } else if (event.data() instanceof ProfileDeleted deleted) {
            erase(deleted.id());
        }
    }

    private void erase(UUID profileId) {
        recipients.delete(profileId);
        long erased = inbox.eraseFor(profileId);
        long messages = deliveries.eraseFor(profileId.toString());
        preferences.delete(profileId);
        List<String> about = inbox.eraseAbout(profileId);
        long messagesAbout = deliveries.eraseOfNotifications(about);
        LOG.infof("Profile %s deleted: recipient, preferences, %d notifications and %d deliveries erased; "
                + "%d notifications naming it in other inboxes and %d of their deliveries erased", profileId,
                erased, messages, about.size(), messagesAbout);
    }
}
