package org.innomatch.notification.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.UnknownEventTypeException;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.notification.kafka.RecordHeaders;
import org.innomatch.notification.recipients.Recipient;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * An effect consumer of {@code innomatch.matches} (the service's shared group id): each {@code MatchFound}
 * becomes one notification for the profile behind each side, in that recipient's language. Poison records are
 * logged and skipped.
 */
@ApplicationScoped
public class MatchNotifications {

    public static final String CHANNEL = "matches-in";
    public static final String TYPE = "MATCH_FOUND";
    private static final Logger LOG = Logger.getLogger(MatchNotifications.class);

    private final Inbox inbox;
    private final Recipients recipients;

    public MatchNotifications(Inbox inbox, Recipients recipients) {
        this.inbox = inbox;
        this.recipients = recipients;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<Object> event;
        try {
            event = EventEnvelope.fromKafka(RecordHeaders.of(record), record.value());
        } catch (UnknownEventTypeException e) {
            LOG.debugf("Skipping %s: not a type this service reads", e.eventType());
            return;
        } catch (EventFormatException | IllegalArgumentException e) {
            LOG.warnf("Skipping unreadable record %s: %s", RecordHeaders.describe(record), e.getMessage());
            return;
        }
        if (!(event.data() instanceof MatchFound match)) {
            return;
        }
        if (!hasProfile(match.a()) || !hasProfile(match.b())) {
            LOG.warnf("Skipping match %s from %s: a side without a profile id", match.matchId(),
                    RecordHeaders.describe(record));
            return;
        }
        notify(event.id(), match, match.a(), match.b());
        notify(event.id(), match, match.b(), match.a());
    }

    private void notify(UUID eventId, MatchFound match, MatchParty to, MatchParty other) {
        Recipient recipient = recipients.find(to.profileId()).orElse(null);
        String language = NotificationTexts.languageFor(recipient == null ? null : recipient.languages);
        String otherName = recipients.find(other.profileId())
                .map(r -> r.name)
                .filter(name -> !name.isBlank())
                .orElse(other.profileId().toString());
        NotificationTexts.Text text = NotificationTexts.matchFound(language, otherName);

        Notification n = new Notification();
        n.eventId = eventId.toString();
        n.recipientProfileId = to.profileId().toString();
        n.type = TYPE;
        n.subject = match.matchId().toString();
        n.otherProfileId = other.profileId().toString();
        n.language = text.language();
        n.title = text.title();
        n.body = text.body();
        boolean added = inbox.add(n);
        LOG.debugf("Match %s → %s: %s", match.matchId(), to.profileId(), added ? "notified" : "already notified");
    }

    private static boolean hasProfile(MatchParty party) {
        return party != null && party.profileId() != null;
    }
}
