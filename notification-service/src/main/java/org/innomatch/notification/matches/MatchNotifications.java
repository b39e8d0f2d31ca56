package org.innomatch.notification.matches;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.notification.dispatch.Draft;
import org.innomatch.notification.dispatch.Notifier;
import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.kafka.RecordProcessing;
import org.innomatch.notification.messages.MessageNotifications;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.notification.projects.KnownProjects;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * An effect consumer of {@code innomatch.matches} (the service's shared group id): a {@code MatchFound} notifies
 * the profile behind each side; a {@code RecommendationAvailable} notifies its recipient; a {@code MessagePosted}
 * goes to {@link MessageNotifications}.
 */
@ApplicationScoped
public class MatchNotifications {

    public static final String CHANNEL = "matches-in";
    private static final Logger LOG = Logger.getLogger(MatchNotifications.class);

    private final Notifier notifier;
    private final Recipients recipients;
    private final KnownProjects projects;
    private final RecordProcessing processing;
    private final MessageNotifications messages;

    public MatchNotifications(Notifier notifier, Recipients recipients, KnownProjects projects,
            RecordProcessing processing, MessageNotifications messages) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.projects = projects;
        this.processing = processing;
        this.messages = messages;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        processing.handle(record, r -> CloudEventRecords.decodeKnown(r).ifPresent(event -> apply(event, r)));
    }

    private void apply(EventEnvelope<Object> event, ConsumerRecord<String, byte[]> record) {
        if (event.data() instanceof MatchFound match) {
            if (!hasProfile(match.a()) || !hasProfile(match.b())) {
                throw new IllegalArgumentException("match " + match.matchId() + " has a side without a profile id");
            }
            notifyMatch(event.id(), match, match.a(), match.b());
            notifyMatch(event.id(), match, match.b(), match.a());
        } else if (event.data() instanceof RecommendationAvailable rec) {
            String targetName = "PROJECT".equals(rec.targetType())
                    ? projects.title(rec.targetId()).orElse(String.valueOf(rec.targetId()))
                    : recipients.name(rec.targetId());
            String reason = rec.topReasons().isEmpty() ? null : rec.topReasons().get(0).detail();
            notifier.notify(new Draft(event.id().toString(), rec.recipientProfileId(), NotificationTypes.RECOMMENDATION,
                    rec.targetType() + "/" + rec.targetId(),
                    "PROFILE".equals(rec.targetType()) ? rec.targetId() : null,
                    language -> NotificationTexts.recommendation(language, targetName, reason)));
        } else if (event.data() instanceof MessagePosted message) {
            messages.apply(event, message);
        } else {
            LOG.debugf("Ignoring %s on %s", event.type(), CloudEventRecords.describe(record));
        }
    }

    private void notifyMatch(UUID eventId, MatchFound match, MatchParty to, MatchParty other) {
        String otherName = recipients.name(other.profileId());
        notifier.notify(new Draft(eventId.toString(), to.profileId(), NotificationTypes.MATCH_FOUND,
                match.matchId().toString(), other.profileId(), language -> NotificationTexts.matchFound(language, otherName)));
    }

    private static boolean hasProfile(MatchParty party) {
        return party != null && party.profileId() != null;
    }
}
