package org.innomatch.notification.meetings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.notification.dispatch.Draft;
import org.innomatch.notification.dispatch.Notifier;
import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.kafka.RecordProcessing;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * An effect consumer of {@code innomatch.meetings}: a request notifies the invitee; an answer, a proposed other
 * slot or expiry notifies the requester; a cancellation or a scheduled slot notifies both sides.
 *
 * <p>A notification fires once per meeting state, not per event: the dedup key is the meeting id, the status and
 * (for PROPOSED and SCHEDULED) the slot, so a re-publish with a higher revision but the same state (e.g. an outcome
 * rating) notifies no-one again, while a new proposal or a rescheduled slot does. A change with a lower revision
 * than one already seen is stale and ignored.
 */
@ApplicationScoped
public class MeetingNotifications {

    public static final String CHANNEL = "meetings-in";
    private static final Logger LOG = Logger.getLogger(MeetingNotifications.class);

    private final Notifier notifier;
    private final Recipients recipients;
    private final RecordProcessing processing;
    private final MeetingRevisions revisions;

    public MeetingNotifications(Notifier notifier, Recipients recipients, RecordProcessing processing,
            MeetingRevisions revisions) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.processing = processing;
        this.revisions = revisions;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        processing.handle(record, r -> CloudEventRecords.decodeKnown(r).ifPresent(this::apply));
    }

    private void apply(EventEnvelope<Object> event) {
        if (!(event.data() instanceof MeetingChanged m)) {
            return;
        }
        if (m.requesterProfileId() == null || m.inviteeProfileId() == null || m.status() == null) {
            throw new IllegalArgumentException("meeting " + m.meetingId() + " lacks a side or a status");
        }
        if (!revisions.advance(m.meetingId(), m.revision())) {
            LOG.debugf("Meeting %s: revision %d is older than one already handled", m.meetingId(), m.revision());
            return;
        }
        List<UUID> to = switch (m.status()) {
            case "PENDING" -> List.of(m.inviteeProfileId());
            case "PROPOSED", "ACCEPTED", "DECLINED", "EXPIRED" -> List.of(m.requesterProfileId());
            case "CANCELLED", "SCHEDULED" -> List.of(m.requesterProfileId(), m.inviteeProfileId());
            // Only the absent side learns it: the other side was there and reported it (or saw the organiser do so).
            case "NO_SHOW" -> m.absentProfileId() == null ? List.of() : List.of(m.absentProfileId());
            default -> {
                LOG.debugf("Meeting %s: status %s notifies no-one", m.meetingId(), m.status());
                yield List.of();
            }
        };
        String type = "PENDING".equals(m.status()) ? NotificationTypes.MEETING_REQUESTED : "MEETING_" + m.status();
        String dedupKey = dedupKey(m);
        for (UUID recipient : to) {
            UUID other = recipient.equals(m.requesterProfileId()) ? m.inviteeProfileId() : m.requesterProfileId();
            String otherName = recipients.name(other);
            // The note is for the invitee only.
            String message = recipient.equals(m.inviteeProfileId()) ? m.message() : null;
            notifier.notify(new Draft(dedupKey, recipient, type, m.meetingId().toString(), other,
                    language -> NotificationTexts.meeting(language, m.status(), otherName, m.slotStart(), m.table(),
                            message, m.proposedSlotStart())));
        }
    }

    static String dedupKey(MeetingChanged m) {
        OffsetDateTime slot = switch (m.status()) {
            case "PROPOSED" -> m.proposedSlotStart();
            case "SCHEDULED" -> m.slotStart();
            default -> null;
        };
        // toInstant: the same slot written in another offset is the same slot.
        return "meeting/" + m.meetingId() + "/" + m.status() + (slot == null ? "" : "/" + slot.toInstant());
    }
}
