package org.innomatch.notification.programme;

import static io.restassured.RestAssured.given;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.innomatch.notification.support.TestEvents.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A followed session that moves or is cancelled notifies its followers and speakers, once per change. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class ProgrammeNotificationsTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final OffsetDateTime TEN_FORTY = OffsetDateTime.of(2026, 12, 3, 10, 40, 0, 0, BEIJING);

    @Inject
    Recipients recipients;

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void aMoveAndACancellationNotifyFollowersAndSpeakersOnceEach() throws Exception {
        UUID follower = profile("北京协和医院", List.of("zh"), "CN", List.of("HEALTH"), "xiehe@example.cn");
        UUID speaker = profile("Tel Aviv ECG Labs", List.of("en"), "IL", List.of("HEALTH"), null);
        UUID bystander = profile("Warsaw Fintech Lab", List.of("en"), "PL", List.of("FINTECH"), null);
        UUID quitter = profile("Montréal Robotics", List.of("fr", "en"), "CA", List.of("MANUFACTURING"), null);
        awaitRecipients(follower, speaker, bystander, quitter);
        UUID event = UUID.randomUUID();
        UUID pitch = UUID.randomUUID();

        produce(session(event, pitch, speaker, TEN_FORTY, "Hall B", "SCHEDULED", 0, List.of()));
        produce(follow(event, pitch, follower, "FOLLOWING", 1));
        produce(follow(event, pitch, quitter, "FOLLOWING", 1));
        produce(follow(event, pitch, quitter, "UNFOLLOWED", 2));
        // Registrations share the topic; they are not for this consumer.
        produce(EventEnvelope.of(EventType.REGISTRATION_CHANGED, "/test", event.toString(),
                new RegistrationChanged(event, bystander, "REGISTERED", Instant.now())));
        // A new title is no move: nobody is told.
        produce(session(event, pitch, speaker, TEN_FORTY, "Hall B", "SCHEDULED", 1, List.of("title")));
        EventEnvelope<SessionChanged> moved = session(event, pitch, speaker, TEN_FORTY.plusMinutes(20), "Hall C",
                "SCHEDULED", 2, List.of("startsAt", "endsAt", "room"));
        produce(moved);

        await(() -> count(follower) == 1 && count(speaker) == 1);
        JsonPath inbox = inbox(follower);
        assertEquals("SESSION_CHANGED", inbox.getString("items[0].type"));
        assertEquals(pitch.toString(), inbox.getString("items[0].subject"));
        assertEquals("日程已变更", inbox.getString("items[0].title"));
        assertEquals("“Roadshow: ECG models”改为2026-12-03 11:00 +08:00–11:15，地点：Hall C。",
                inbox.getString("items[0].body"));
        assertEquals("\u201cRoadshow: ECG models\u201d now takes place 2026-12-03 11:00 +08:00\u201311:15, "
                + "room Hall C.",
                inbox(speaker).getString("items[0].body"));
        String notificationId = inbox.getString("items[0].id");
        await(() -> Delivery.findById("email/" + notificationId) != null);

        // The same change again (a redelivery), a stale older version, then a cancellation as a marker behind them.
        produce(moved);
        produce(session(event, pitch, speaker, TEN_FORTY, "Hall B", "SCHEDULED", 1, List.of("room")));
        produce(session(event, pitch, speaker, TEN_FORTY.plusMinutes(20), "Hall C", "CANCELLED", 3,
                List.of("status")));
        await(() -> count(follower) == 2 && count(speaker) == 2);
        assertEquals("Session cancelled", inbox(speaker).getString("items[0].title"));
        assertEquals(List.of("SESSION_CHANGED", "SESSION_CHANGED"), inbox(follower).getList("items.type"));
        assertEquals(0, count(bystander));
        assertEquals(0, count(quitter));

        // Deleting a cancelled session tells nobody anything new; its follows end with it.
        produce(session(event, pitch, speaker, TEN_FORTY.plusMinutes(20), "Hall C", "DELETED", 4,
                List.of("status")));
        UUID other = UUID.randomUUID();
        produce(session(event, other, speaker, TEN_FORTY, "Hall A", "SCHEDULED", 0, List.of()));
        produce(session(event, other, speaker, TEN_FORTY, "Hall A", "DELETED", 1, List.of("status")));
        await(() -> count(speaker) == 3);
        assertEquals("Session removed", inbox(speaker).getString("items[0].title"));
        assertEquals(2, count(follower));
        await(() -> SessionFollower.count("sessionId", pitch.toString()) == 0);
        assertNotNull(KnownSession.findById(pitch.toString()));
    }

    private static EventEnvelope<SessionChanged> session(UUID event, UUID id, UUID speaker, OffsetDateTime start,
            String room, String status, long version, List<String> changed) {
        SessionChanged s = new SessionChanged(id, event, "ROADSHOW_PITCH", "Roadshow: ECG models", null, start,
                start.plusMinutes(15), room, 120, List.of(speaker), UUID.randomUUID(), status, version, changed,
                Instant.now());
        return EventEnvelope.of(EventType.SESSION_CHANGED, "/test", event.toString(), s);
    }

    private static EventEnvelope<SessionFollowChanged> follow(UUID event, UUID session, UUID profile, String status,
            long version) {
        return EventEnvelope.of(EventType.SESSION_FOLLOW_CHANGED, "/test", event.toString(),
                new SessionFollowChanged(event, session, profile, status, version, profile, Instant.now()));
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

    private static int count(UUID profileId) {
        return inbox(profileId).getList("items").size();
    }

    private static JsonPath inbox(UUID profileId) {
        return given().get("/profiles/{id}/notifications?limit=100", profileId).then().statusCode(200).extract()
                .jsonPath();
    }
}
