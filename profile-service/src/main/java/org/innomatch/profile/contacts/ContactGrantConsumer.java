package org.innomatch.profile.contacts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.UnknownEventTypeException;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.meetings.MeetingChanged;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * Turns mutual matches ({@code MatchFound} on innomatch.matches) and accepted meetings ({@code MeetingChanged}
 * ACCEPTED or SCHEDULED on innomatch.meetings) into contact grants, and withdraws a match's grant when it ends
 * ({@code MatchEnded}).
 *
 * <p>An effect consumer: the channels use the service's shared group id, so each event is handled once across
 * instances. The event id is recorded in the same transaction as the grant, so a redelivery changes nothing. A
 * record that cannot be read is thrown back to the connector, whose dead-letter-queue strategy parks it with
 * the error and goes on; other failures (the database away) are retried for a while first.
 */
@ApplicationScoped
public class ContactGrantConsumer {

    private static final Set<String> GRANTING_MEETING_STATUSES = Set.of("ACCEPTED", "SCHEDULED");
    private static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ContactGrantConsumer.class);

    private final ContactGrants grants;

    public ContactGrantConsumer(ContactGrants grants) {
        this.grants = grants;
    }

    @Incoming("contact-matches")
    @Blocking
    public void onMatchRecord(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        applyWithRetries(record);
    }

    @Incoming("contact-meetings")
    @Blocking
    public void onMeetingRecord(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        applyWithRetries(record);
    }

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
        EventEnvelope<Object> event;
        try {
            event = EventEnvelope.fromKafka(headers(record), record.value());
        } catch (UnknownEventTypeException e) {
            LOG.debugf("Skipping %s: not a type this service reads", e.eventType());
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // RecommendationAvailable shares innomatch.matches and changes nothing here.
        if (event.data() instanceof MatchFound match) {
            if (match.a() == null || match.b() == null || match.a().profileId() == null
                    || match.b().profileId() == null) {
                throw new EventFormatException(event.type().type(), "MatchFound " + match.matchId()
                        + " does not name the profiles of both sides");
            }
            if (grants.markHandled(event.id(), now)) {
                grants.grant(match.a().profileId(), match.b().profileId(), ContactGrants.Reason.MATCH, event.id(), now);
            }
        } else if (event.data() instanceof MatchEnded ended) {
            if (grants.markHandled(event.id(), now)) {
                grants.revokeMatch(ended.foundEventId());
                // Should the MatchFound it ends come later (published late), it is then handled already: no grant.
                grants.markHandled(ended.foundEventId(), now);
            }
        } else if (event.data() instanceof MeetingChanged meeting
                && GRANTING_MEETING_STATUSES.contains(meeting.status())) {
            if (meeting.requesterProfileId() == null || meeting.inviteeProfileId() == null) {
                throw new EventFormatException(event.type().type(), "MeetingChanged " + meeting.meetingId()
                        + " does not name requester and invitee");
            }
            if (grants.markHandled(event.id(), now)) {
                grants.grant(meeting.requesterProfileId(), meeting.inviteeProfileId(), ContactGrants.Reason.MEETING,
                        event.id(), now);
            }
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
