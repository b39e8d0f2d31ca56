package org.innomatch.notification.meetings;

import static io.restassured.RestAssured.given;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.innomatch.notification.support.TestEvents.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.events.matches.RecommendationAvailable.Reason;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Meetings, projects and recommendations: each event notifies the right recipients, with the right text, once. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class EventNotificationsTest {

    private static final OffsetDateTime SLOT = OffsetDateTime.of(2026, 12, 3, 10, 30, 0, 0, ZoneOffset.ofHours(8));

    @Inject
    Recipients recipients;

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void meetingChangesNotifyTheSidesTheyConcern() throws Exception {
        UUID requester = profile("Warsaw Fintech Lab", List.of("pl", "en"), "PL", List.of("FINTECH"), null);
        UUID invitee = profile("北京智能制造研究院", List.of("zh", "en"), "CN", List.of("MANUFACTURING"), null);
        awaitRecipients(requester, invitee);
        UUID meeting = UUID.randomUUID();

        EventEnvelope<MeetingChanged> requested = meeting(meeting, requester, invitee, "PENDING", null, null, "Let us talk robotics");
        produce(requested);
        await(() -> count(invitee) == 1);
        JsonPath inv = inbox(invitee);
        assertEquals("MEETING_REQUESTED", inv.getString("items[0].type"));
        assertEquals("新的会面请求", inv.getString("items[0].title"));
        assertEquals("Warsaw Fintech Lab请求与您会面：Let us talk robotics", inv.getString("items[0].body"));
        assertEquals(meeting.toString(), inv.getString("items[0].subject"));
        assertEquals(requester.toString(), inv.getString("items[0].otherProfileId"));

        produce(meeting(meeting, requester, invitee, "ACCEPTED", null, null, "Let us talk robotics"));
        await(() -> count(requester) == 1);
        JsonPath req = inbox(requester);
        assertEquals("MEETING_ACCEPTED", req.getString("items[0].type"));
        assertEquals("en", req.getString("items[0].language"));
        assertEquals("北京智能制造研究院 accepted your meeting request.", req.getString("items[0].body"));

        produce(meeting(meeting, requester, invitee, "SCHEDULED", SLOT, 7, null));
        await(() -> count(requester) == 2 && count(invitee) == 2);
        assertEquals("You meet 北京智能制造研究院 at 2026-12-03 10:30 +08:00, table 7.", inbox(requester).getString("items[0].body"));
        assertEquals("您与Warsaw Fintech Lab的会面定于2026-12-03 10:30 +08:00，7号桌。", inbox(invitee).getString("items[0].body"));

        produce(meeting(meeting, requester, invitee, "CANCELLED", SLOT, 7, null));
        await(() -> count(requester) == 3 && count(invitee) == 3);
        assertEquals("MEETING_CANCELLED", inbox(requester).getString("items[0].type"));
        assertEquals("会面已取消", inbox(invitee).getString("items[0].title"));

        // Declined and expired requests go to the requester only.
        UUID other = UUID.randomUUID();
        produce(meeting(other, requester, invitee, "DECLINED", null, null, null));
        produce(meeting(UUID.randomUUID(), requester, invitee, "EXPIRED", null, null, null));
        await(() -> count(requester) == 5);
        List<String> types = inbox(requester).getList("items.type");
        assertTrue(types.containsAll(List.of("MEETING_DECLINED", "MEETING_EXPIRED")), types.toString());
        assertEquals(3, count(invitee));

        // The same event again, then another event with the same state: neither notifies again. A marker after
        // them on the same key (partition): a new slot, which does.
        produce(requested);
        produce(meeting(meeting, requester, invitee, "PENDING", null, null, "again"));
        produce(meeting(meeting, requester, invitee, "SCHEDULED", SLOT.plusHours(1), 8, null));
        await(() -> count(invitee) == 4);
        List<String> bodies = inbox(invitee).getList("items.body");
        assertEquals(1, bodies.stream().filter(b -> b.endsWith("Let us talk robotics")).count(), bodies.toString());
        assertTrue(bodies.stream().noneMatch(b -> b.endsWith("again")), bodies.toString());
    }

    @Test
    void aProposedSlotNotifiesTheRequesterAndARatingOrAStaleRevisionNotifiesNoOne() throws Exception {
        UUID requester = profile("Lyon Photonics", List.of("fr", "en"), "FR", List.of("PHOTONICS"), null);
        UUID invitee = profile("武汉光电研究所", List.of("zh"), "CN", List.of("PHOTONICS"), null);
        awaitRecipients(requester, invitee);
        UUID meeting = UUID.randomUUID();

        produce(meeting(meeting, requester, invitee, "PENDING", null, null, null, null, 1L));
        produce(meeting(meeting, requester, invitee, "PROPOSED", null, null, SLOT, invitee, 2L));
        await(() -> count(requester) == 1);
        JsonPath req = inbox(requester);
        assertEquals("MEETING_PROPOSED", req.getString("items[0].type"));
        assertEquals("Another time proposed", req.getString("items[0].title"));
        assertEquals("武汉光电研究所 proposed to meet at 2026-12-03 10:30 +08:00 instead.", req.getString("items[0].body"));
        assertEquals(invitee.toString(), req.getString("items[0].otherProfileId"));

        produce(meeting(meeting, requester, invitee, "ACCEPTED", null, null, null, requester, 3L));
        produce(meeting(meeting, requester, invitee, "SCHEDULED", SLOT, 4, null, null, 4L));
        await(() -> count(requester) == 3 && count(invitee) == 2);

        // An outcome rating: the same state at a higher revision. Then a stale decline re-published late.
        produce(meeting(meeting, requester, invitee, "SCHEDULED", SLOT, 4, null, requester, 5L));
        produce(meeting(meeting, requester, invitee, "DECLINED", null, null, null, invitee, 2L));
        // Marker after both on the same key: a cancellation notifies both sides once.
        produce(meeting(meeting, requester, invitee, "CANCELLED", SLOT, 4, null, invitee, 6L));
        await(() -> count(requester) == 4 && count(invitee) == 3);
        assertEquals(List.of("MEETING_ACCEPTED", "MEETING_CANCELLED", "MEETING_PROPOSED", "MEETING_SCHEDULED"),
                sortedTypes(requester));
        assertEquals(List.of("MEETING_CANCELLED", "MEETING_REQUESTED", "MEETING_SCHEDULED"), sortedTypes(invitee));
    }

    @Test
    void aNoShowNotifiesTheAbsentSideOnly() throws Exception {
        UUID requester = profile("Gdańsk Offshore Wind", List.of("pl", "en"), "PL", List.of("ENERGY"), null);
        UUID invitee = profile("天津风电研究院", List.of("zh"), "CN", List.of("ENERGY"), null);
        awaitRecipients(requester, invitee);
        UUID meeting = UUID.randomUUID();
        MeetingChanged noShow = new MeetingChanged(meeting, UUID.randomUUID(), requester, invitee, "NO_SHOW", SLOT,
                SLOT.plusMinutes(20), 3, null, Instant.now(), requester, null, null, null, 7L, invitee, "TABLE", null,
                null);
        produce(EventEnvelope.of(EventType.MEETING_CHANGED, "/test", meeting.toString(), noShow));
        await(() -> count(invitee) == 1);
        JsonPath inbox = inbox(invitee);
        assertEquals("MEETING_NO_SHOW", inbox.getString("items[0].type"));
        assertEquals("会面被记为缺席", inbox.getString("items[0].title"));
        assertEquals(requester.toString(), inbox.getString("items[0].otherProfileId"));
        assertEquals(0, count(requester));
    }

    @Test
    void aPublishedProjectNotifiesProfilesInItsSectorsOnceEvenOnReplaysAndEdits() throws Exception {
        UUID owner = profile("Haifa MedTech", List.of("he", "en"), "IL", List.of("HEALTH"), null);
        UUID health = profile("上海医疗器械公司", List.of("zh"), "CN", List.of("HEALTH.MEDTECH", "AI"), null);
        UUID ai = profile("Toronto AI Institute", List.of("en", "fr"), "CA", List.of("AI"), null);
        UUID energy = profile("Gdansk Energy", List.of("pl"), "PL", List.of("ENERGY"), null);
        awaitRecipients(owner, health, ai, energy);

        UUID project = UUID.randomUUID();
        produce(project(project, owner, "DRAFT", 1, "Wearable ECG patch"));
        produce(project(project, owner, "PUBLISHED", 2, "Wearable ECG patch"));
        await(() -> count(health) == 1 && count(ai) == 1);
        JsonPath zh = inbox(health);
        assertEquals("PROJECT_PUBLISHED", zh.getString("items[0].type"));
        assertEquals("您所在领域的新项目", zh.getString("items[0].title"));
        assertEquals("新项目已发布：Wearable ECG patch（HEALTH.MEDTECH, AI）", zh.getString("items[0].body"));
        assertEquals(project.toString(), zh.getString("items[0].subject"));
        assertEquals("A new project was published: Wearable ECG patch (HEALTH.MEDTECH, AI).", inbox(ai).getString("items[0].body"));

        // An edit while published, a close and a re-publication: no new announcement. Then a marker project.
        produce(project(project, owner, "PUBLISHED", 3, "Wearable ECG patch v2"));
        produce(project(project, owner, "CLOSED", 4, "Wearable ECG patch v2"));
        produce(project(project, owner, "PUBLISHED", 5, "Wearable ECG patch v2"));
        UUID marker = UUID.randomUUID();
        produce(project(marker, owner, "PUBLISHED", 1, "Marker"));
        await(() -> count(health) == 2);
        // Same key → same partition: the marker was handled after every version of the first project.
        await(() -> count(ai) == 2);
        assertEquals(1, inbox(health).getList("items.subject").stream().filter(s -> s.equals(project.toString())).count());
        assertEquals(0, count(owner));
        assertEquals(0, count(energy));
    }

    @Test
    void aRecommendationNotifiesItsRecipientWithTheTargetsNameAndTheStrongestReason() throws Exception {
        UUID me = profile("Krakow Robotics", List.of("en"), "PL", List.of("MANUFACTURING"), null);
        UUID partner = profile("深圳机器人有限公司", List.of("zh"), "CN", List.of("MANUFACTURING"), null);
        awaitRecipients(me, partner);
        RecommendationAvailable rec = new RecommendationAvailable(me, "PROFILE", partner, 0.91,
                List.of(new Reason("NEED_OFFER_TEXT", 0.5, "your need \"robot arms\" matches their offer"),
                        new Reason("SECTOR", 0.3, "both in MANUFACTURING")), Instant.now());
        EventEnvelope<RecommendationAvailable> event = EventEnvelope.of(EventType.RECOMMENDATION_AVAILABLE, "/test",
                me.toString(), rec);
        produce(event);
        produce(event);
        await(() -> count(me) == 1);
        JsonPath inbox = inbox(me);
        assertEquals("RECOMMENDATION", inbox.getString("items[0].type"));
        assertEquals("We recommend 深圳机器人有限公司 (your need \"robot arms\" matches their offer).", inbox.getString("items[0].body"));
        assertEquals(partner.toString(), inbox.getString("items[0].otherProfileId"));
        assertEquals(0, count(partner));
        // Marker on the same key (recipient): after it is in, the duplicate was certainly handled too.
        produce(EventEnvelope.of(EventType.RECOMMENDATION_AVAILABLE, "/test", me.toString(),
                new RecommendationAvailable(me, "PROFILE", UUID.randomUUID(), 0.5, List.of(), Instant.now())));
        await(() -> count(me) == 2);
    }

    private static EventEnvelope<MeetingChanged> meeting(UUID id, UUID requester, UUID invitee, String status,
            OffsetDateTime slot, Integer table, OffsetDateTime proposed, UUID actor, Long revision) {
        MeetingChanged m = new MeetingChanged(id, UUID.randomUUID(), requester, invitee, status, slot,
                slot == null ? null : slot.plusMinutes(20), table, null, Instant.now(), actor, null, proposed,
                null, revision);
        return EventEnvelope.of(EventType.MEETING_CHANGED, "/test", id.toString(), m);
    }

    private static EventEnvelope<MeetingChanged> meeting(UUID id, UUID requester, UUID invitee, String status,
            OffsetDateTime slot, Integer table, String message) {
        MeetingChanged m = new MeetingChanged(id, UUID.randomUUID(), requester, invitee, status, slot,
                slot == null ? null : slot.plusMinutes(20), table, message, Instant.now());
        return EventEnvelope.of(EventType.MEETING_CHANGED, "/test", id.toString(), m);
    }

    private static EventEnvelope<ProjectUpserted> project(UUID id, UUID owner, String status, long version, String title) {
        Instant now = Instant.now();
        ProjectUpserted p = new ProjectUpserted(id, title, "summary", owner, "IL", List.of("HEALTH.MEDTECH", "AI"), 6,
                List.of("LICENSING"), List.of("ecg"), null, status, null, null, version, now, now);
        return EventEnvelope.of(EventType.PROJECT_UPSERTED, "/test", id.toString(), p);
    }

    private void awaitRecipients(UUID... ids) throws InterruptedException {
        await(() -> {
            for (UUID id : ids) {
                if (recipients.find(id).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static List<String> sortedTypes(UUID profileId) {
        return inbox(profileId).<String>getList("items.type").stream().sorted().toList();
    }

    private static int count(UUID profileId) {
        return inbox(profileId).getList("items").size();
    }

    private static JsonPath inbox(UUID profileId) {
        return given().get("/profiles/{id}/notifications?limit=100", profileId).then().statusCode(200).extract().jsonPath();
    }
}
