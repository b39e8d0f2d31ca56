package org.innomatch.profile.contacts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.RetryPolicy;

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

    private final ContactGrants grants;

    public ContactGrantConsumer(ContactGrants grants) {
        this.grants = grants;
    }

    @Incoming("contact-matches")
    @Blocking
    public void onMatchRecord(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        RetryPolicy.DEFAULT.handle(record, () -> QuarkusTransaction.requiringNew().run(() -> apply(record)));
    }

    @Incoming("contact-meetings")
    @Blocking
    public void onMeetingRecord(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        RetryPolicy.DEFAULT.handle(record, () -> QuarkusTransaction.requiringNew().run(() -> apply(record)));
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        EventEnvelope<Object> event = CloudEventRecords.decodeKnown(record).orElse(null);
        if (event == null) {
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
}
