package org.innomatch.matching.meetings;

import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.innomatch.matching.meetings.MeetingFixtures.created;
import static org.innomatch.matching.meetings.MeetingFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import jakarta.inject.Inject;

import org.bson.Document;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Quota documents a crash left behind, held by no active meeting, no longer block a pair or a cap once the sweep
 * has run; those of active meetings, and fresh ones a request may still be storing its meeting for, stay.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class QuotaSweepTest {

    private static final Duration GRACE = Duration.ofMinutes(2);
    private static TestEvents events;

    @Inject
    EventModelStore store;
    @Inject
    MeetingQuotas quotas;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void ready() {
        Await.ready();
    }

    @Test
    void aPairLeftClaimedByAMeetingThatWasNeverStoredIsFreedBySweep() {
        var e = MeetingFixtures.event(events, store, 2, 5);
        String pair = MeetingQuotas.pairKey(e.id().toString(), e.p(0).toString(), e.p(1).toString());
        String pending = MeetingQuotas.PENDING + "|" + e.id() + "|" + e.p(0) + "|0";
        // A request claimed the pair and a pending slot, then its process died before storing the meeting.
        String lost = UUID.randomUUID().toString();
        claimed(pair, lost, Instant.now().minus(Duration.ofMinutes(10)));
        claimed(pending, lost, Instant.now().minus(Duration.ofMinutes(10)));
        request(e.id(), e.p(0), e.p(1)).then().statusCode(409);

        quotas.releaseUnheld(Instant.now().minus(GRACE));
        assertNull(quota(pair));
        assertNull(quota(pending));
        String id = created(e.id(), e.p(0), e.p(1));
        // The new meeting's own documents are young and held: a sweep leaves them.
        quotas.releaseUnheld(Instant.now());
        assertEquals(id, quota(pair).getString("meetingId"));
    }

    @Test
    void documentsAnEndedMeetingStillHoldsGoAndAnActiveMeetingsStay() {
        var e = MeetingFixtures.event(events, store, 3, 5);
        String cancelled = created(e.id(), e.p(0), e.p(1));
        String active = created(e.id(), e.p(0), e.p(2));
        act(e.id(), cancelled, "cancel", e.p(0), null).then().statusCode(200);
        // As if the release after the cancellation never happened.
        String cancelledPair = MeetingQuotas.pairKey(e.id().toString(), e.p(0).toString(), e.p(1).toString());
        claimed(cancelledPair, cancelled, Instant.now().minus(Duration.ofMinutes(10)));
        String activePair = MeetingQuotas.pairKey(e.id().toString(), e.p(0).toString(), e.p(2).toString());
        age(activePair, Duration.ofMinutes(10));

        quotas.releaseUnheld(Instant.now().minus(GRACE));
        assertNull(quota(cancelledPair));
        assertEquals(active, quota(activePair).getString("meetingId"));
        created(e.id(), e.p(1), e.p(0));
    }

    @Test
    void aFreshDocumentWithoutItsMeetingMayBeARequestStillStoringItAndStays() {
        var e = MeetingFixtures.event(events, store, 2, 5);
        String pair = MeetingQuotas.pairKey(e.id().toString(), e.p(0).toString(), e.p(1).toString());
        claimed(pair, UUID.randomUUID().toString(), Instant.now());
        quotas.releaseUnheld(Instant.now().minus(GRACE));
        assertNotNull(quota(pair));
        // From before claims were dated: no claimedAt, and no meeting either.
        String undated = MeetingQuotas.PENDING + "|" + e.id() + "|" + e.p(1) + "|0";
        collection().insertOne(new Document("_id", undated).append("meetingId", UUID.randomUUID().toString()));
        quotas.releaseUnheld(Instant.now().minus(GRACE));
        assertNull(quota(undated));
    }

    private static void claimed(String key, String meetingId, Instant at) {
        collection().insertOne(new Document("_id", key).append("meetingId", meetingId).append("claimedAt",
                Date.from(at)));
    }

    private static void age(String key, Duration by) {
        collection().updateOne(Filters.eq("_id", key),
                Updates.set("claimedAt", Date.from(Instant.now().minus(by))));
    }

    private static Document quota(String key) {
        return collection().find(Filters.eq("_id", key)).first();
    }

    private static MongoCollection<Document> collection() {
        return Meeting.mongoDatabase().getCollection("meeting_quotas");
    }
}
