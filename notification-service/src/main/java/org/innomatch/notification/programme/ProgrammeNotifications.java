package org.innomatch.notification.programme;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
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
 * An effect consumer of {@code innomatch.events} for the programme: it keeps who follows which session
 * ({@link ProgrammeReadModel}) and, when a session moves (time or room), is cancelled, removed or put back on the
 * programme, notifies each follower and each speaker once (SESSION_CHANGED). The other records of the topic (events,
 * registrations) are not for it.
 *
 * <p>The dedup key names the session's version, so a redelivery, or a retry after a crash between notifying and
 * storing the state, notifies no-one twice; a version older than one already handled is stale and changes nothing.
 * Recipients are notified before the state is stored, so that such a retry still sees what changed.
 */
@ApplicationScoped
public class ProgrammeNotifications {

    public static final String CHANNEL = "events-in";
    private static final Logger LOG = Logger.getLogger(ProgrammeNotifications.class);
    private static final Set<String> MOVES = Set.of("startsAt", "endsAt", "room");

    private final Notifier notifier;
    private final ProgrammeReadModel programme;
    private final RecordProcessing processing;
    private final Recipients recipients;

    public ProgrammeNotifications(Notifier notifier, ProgrammeReadModel programme, RecordProcessing processing,
            Recipients recipients) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.programme = programme;
        this.processing = processing;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        processing.handle(record, r -> CloudEventRecords.decodeKnown(r).ifPresent(this::apply));
    }

    private void apply(EventEnvelope<Object> event) {
        if (event.data() instanceof SessionFollowChanged follow) {
            programme.apply(follow);
        } else if (event.data() instanceof SessionChanged session) {
            changed(session);
        }
    }

    private void changed(SessionChanged s) {
        if (s.status() == null || s.startsAt() == null) {
            throw new IllegalArgumentException("session " + s.sessionId() + " lacks a status or a start");
        }
        KnownSession before = programme.session(s.sessionId()).orElse(null);
        if (before != null && before.version > s.version()) {
            LOG.debugf("Session %s: version %d is older than one already handled", s.sessionId(), s.version());
            return;
        }
        String change = change(before, s);
        if (change != null) {
            notifyAll(s, change);
        }
        programme.apply(s);
    }

    /** What the recipients are told, or null when the change is none of their concern (a new title, a speaker). */
    static String change(KnownSession before, SessionChanged s) {
        String previousStatus = before == null ? null : before.status;
        boolean statusChanged = s.changedFields() != null ? s.changedFields().contains("status")
                : before != null && !s.status().equals(previousStatus);
        if (statusChanged && !s.status().equals(previousStatus)) {
            return switch (s.status()) {
                case "CANCELLED" -> "CANCELLED";
                // Removing a session already called off tells nobody anything new.
                case "DELETED" -> "CANCELLED".equals(previousStatus) ? null : "REMOVED";
                case "SCHEDULED" -> before == null ? null : "REINSTATED";
                default -> null;
            };
        }
        if (!"SCHEDULED".equals(s.status())) {
            return null;
        }
        boolean moved = s.changedFields() != null ? s.changedFields().stream().anyMatch(MOVES::contains)
                : before != null && (!same(before.startsAt, s.startsAt().toInstant())
                        || !same(before.endsAt, s.endsAt() == null ? null : s.endsAt().toInstant())
                        || !Objects.equals(before.room, s.room()));
        return moved ? "MOVED" : null;
    }

    private static boolean same(String stored, Instant instant) {
        return stored == null ? instant == null : instant != null && Instant.parse(stored).equals(instant);
    }

    private void notifyAll(SessionChanged s, String change) {
        Set<UUID> to = new LinkedHashSet<>(programme.followers(s.sessionId()));
        to.addAll(s.speakerProfileIds() == null ? List.of() : s.speakerProfileIds());
        String dedupKey = "session/" + s.sessionId() + "/" + s.version();
        String title = s.title() == null ? s.sessionId().toString() : s.title();
        for (UUID recipient : to) {
            if (recipients.find(recipient).isEmpty()) {
                // An erased profile (its follows may outlive it here) is told nothing, and nothing is stored for it.
                continue;
            }
            notifier.notify(new Draft(dedupKey, recipient, NotificationTypes.SESSION_CHANGED, s.sessionId().toString(),
                    null, language -> NotificationTexts.session(language, change, title, s.startsAt(), s.endsAt(),
                            s.room())));
        }
        LOG.debugf("Session %s %s: %d recipients", s.sessionId(), change, to.size());
    }
}
