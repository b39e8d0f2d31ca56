package org.innomatch.notification.preferences;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.innomatch.notification.support.TestEvents.await;
import static org.innomatch.notification.support.TestEvents.produce;
import static org.innomatch.notification.support.TestEvents.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.delivery.DigestJob;
import org.innomatch.notification.inbox.Notification;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.sending.DeliveryJob;
import org.innomatch.notification.support.TestClock;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Preferences decide channels, digest, quiet hours and the daily cap; e-mail goes through the (mock) mailer. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class PreferencesTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    Recipients recipients;
    @Inject
    DigestJob digests;
    @Inject
    DeliveryJob deliveryJob;
    @Inject
    Deliveries deliveries;
    @Inject
    TestClock clock;

    @AfterEach
    void systemClockAgain() {
        clock.release();
    }

    @AfterAll
    static void close() {
        TestEvents.closeProducer();
    }

    @Test
    void defaultsFollowTheProfilesCountryAndBadFieldsAreNamed() throws Exception {
        UUID beijing = awaitProfile("清华大学技术转移研究院", "zh", "CN", null);
        given().get("/profiles/{id}/notification-preferences", beijing).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("emailMode", equalTo("INSTANT"))
                .body("digestTime", equalTo("08:00"))
                .body("channels.inbox", equalTo(true)).body("channels.email", equalTo(true))
                .body("dailyCap", equalTo(50));
        given().get("/profiles/{id}/notification-preferences", UUID.randomUUID()).then().statusCode(200)
                .body("timeZone", equalTo("UTC"));

        Map<String, Object> bad = new HashMap<>();
        bad.put("timeZone", "Mars/Olympus");
        bad.put("emailMode", "HOURLY");
        bad.put("digestTime", "8 am");
        bad.put("quietHours", Map.of("start", "25:00", "end", "7"));
        bad.put("dailyCap", 0);
        bad.put("mutedTypes", List.of("SPAM"));
        given().contentType(ContentType.JSON).body(bad).put("/profiles/{id}/notification-preferences", beijing)
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("timeZone", "emailMode", "digestTime", "quietHours.start",
                        "quietHours.end", "dailyCap", "mutedTypes[0]"));
    }

    @Test
    void instantEmailInTheRecipientsLanguageAndChannelsTurnedOff() throws Exception {
        UUID on = awaitProfile("Leiden BioTech BV", "en", "NL", "bd@leiden-biotech.example");
        UUID emailOff = awaitProfile("Lodz Textiles", "en", "PL", "hello@lodz.example");
        UUID inboxOff = awaitProfile("中关村创新中心", "zh", "CN", "contact@zgc.example");
        UUID muted = awaitProfile("Muted Ltd", "en", "GB", "muted@example.org");
        put(emailOff, Map.of("channels", Map.of("inbox", true, "email", false, "webhook", true)));
        put(inboxOff, Map.of("channels", Map.of("inbox", false, "email", true, "webhook", true)));
        put(muted, Map.of("mutedTypes", List.of("MATCH_FOUND")));

        produce(match(on, emailOff));
        produce(match(inboxOff, muted));
        await(() -> mails("bd@leiden-biotech.example").size() == 1 && mails("contact@zgc.example").size() == 1);
        Mail mail = mails("bd@leiden-biotech.example").get(0);
        assertEquals("New mutual match", mail.getSubject());
        assertEquals("You and Lodz Textiles are both interested — request a meeting.", mail.getText());
        assertEquals("新的双向匹配", mails("contact@zgc.example").get(0).getSubject());

        // E-mail off: in the inbox, no e-mail queued.
        assertEquals(1, inboxSize(emailOff));
        assertEquals(0, Delivery.count("recipientProfileId = ?1 and kind = ?2", emailOff.toString(), Delivery.EMAIL));
        // Inbox off: e-mailed, but neither listed, counted nor streamed.
        assertEquals(0, inboxSize(inboxOff));
        given().get("/profiles/{id}/notifications/unread-count", inboxOff).then().body("unread", equalTo(0));
        // Muted type: nothing at all.
        assertEquals(0, Notification.count("recipientProfileId", muted.toString()));
        assertTrue(mails("muted@example.org").isEmpty());
        assertTrue(mails("hello@lodz.example").isEmpty());
    }

    @Test
    void digestRecipientsGetOneBatchedEmailAtTheirDigestTimeInTheirOwnZone() throws Exception {
        // 01:30 in Warsaw on the night summer time begins (29 March 2026: 02:00 becomes 03:00). A digest at 02:30,
        // which does not exist that night, leaves as many minutes later as the clocks jumped: 03:30, 01:30 UTC.
        clock.pin(Instant.parse("2026-03-29T00:30:00Z"));
        Instant digestTime = Instant.parse("2026-03-29T01:30:00Z");
        UUID me = awaitProfile("Gdansk Maritime Institute", "en", "PL", "digest@gdansk.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "02:30"));
        given().get("/profiles/{id}/notification-preferences", me).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Warsaw")).body("digestTime", equalTo("02:30"));
        produce(match(me, UUID.randomUUID()));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 2);
        assertEquals(List.of(digestTime, digestTime), Delivery.<Delivery>find("recipientProfileId", me.toString())
                .list().stream().map(d -> d.nextAttemptAt).toList());
        // A delivery run: nothing goes as an instant e-mail.
        deliveryJob.runDue();
        assertTrue(mails("digest@gdansk.example").isEmpty());

        // Not a moment before.
        digests.sendDigests(digestTime.minusMillis(1));
        assertTrue(mails("digest@gdansk.example").isEmpty());

        // At 03:30 summer time: one e-mail with both.
        assertTrue(digests.sendDigests(digestTime) >= 1);
        List<Mail> sent = mails("digest@gdansk.example");
        assertEquals(1, sent.size());
        assertEquals("Your Innomatch digest: 2 notifications", sent.get(0).getSubject());
        assertEquals(2, sent.get(0).getText().split("New mutual match", -1).length - 1);
        assertEquals(0, Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST));
        digests.sendDigests(digestTime.plus(Duration.ofDays(2)));
        assertEquals(1, mails("digest@gdansk.example").size());
    }

    @Test
    void changingTheDigestTimeOrZoneMovesTheEmailsAlreadyWaiting() throws Exception {
        // 23:59 in Warsaw on 24 October 2026, the night winter time begins (03:00 becomes 02:00).
        clock.pin(Instant.parse("2026-10-24T21:59:00Z"));
        UUID me = awaitProfile("Krakow Photonics", "en", "PL", "digest@krakow-photonics.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "07:45"));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 1);
        Delivery waiting = Delivery.find("recipientProfileId", me.toString()).firstResult();
        // 07:45 winter time the next morning.
        assertEquals(Instant.parse("2026-10-25T06:45:00Z"), waiting.nextAttemptAt);

        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "21:15", "timeZone", "Asia/Shanghai"));
        PreferencesView after = given().get("/profiles/{id}/notification-preferences", me).then().statusCode(200)
                .extract().as(PreferencesView.class);
        Delivery moved = Delivery.findById(waiting.id);
        // Queued at 05:59 on the 25th in Shanghai: that evening's 21:15.
        assertEquals(Instant.parse("2026-10-25T13:15:00Z"), moved.nextAttemptAt);
        assertEquals(NotificationPreferences.nextDigest(after, waiting.createdAt), moved.nextAttemptAt);
        assertEquals(Delivery.DIGEST, moved.status);
    }

    @Test
    void aDigestIsClaimedByOneInstanceAndDueAgainIfItNeverRecordsSendingIt() throws Exception {
        // 23:59 on New Year's Eve in Shenzhen; the scheduled digest job, on the same clock, finds nothing due.
        clock.pin(Instant.parse("2026-12-31T15:59:00Z"));
        UUID me = awaitProfile("Shenzhen Robotics Lab", "zh", "CN", "digest@szrobotics.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST"));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 1);
        Instant due = Delivery.<Delivery>find("recipientProfileId", me.toString()).firstResult().nextAttemptAt;
        // The default 08:00 on 1 January 2027 in Shanghai.
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), due);

        // Two instances' jobs at the same moment: the first claims the e-mail, the second finds nothing left.
        List<Delivery> first = deliveries.claimDigest(me.toString(), due, due.plus(Duration.ofMinutes(2)));
        List<Delivery> second = deliveries.claimDigest(me.toString(), due, due.plus(Duration.ofMinutes(2)));
        assertEquals(1, first.size());
        assertEquals(List.of(), second);
        // The first died before sending: once its lease has ended, the digest is due again, and goes out once.
        digests.sendDigests(due.plus(Duration.ofMinutes(1)));
        assertTrue(mails("digest@szrobotics.example").isEmpty(), "sent while the first instance's lease held");
        digests.sendDigests(due.plus(Duration.ofMinutes(2)));
        digests.sendDigests(due.plus(Duration.ofMinutes(5)));
        List<Mail> sent = mails("digest@szrobotics.example");
        assertEquals(1, sent.size());
        assertEquals("您的 Innomatch 通知摘要（1 条）", sent.get(0).getSubject());
    }

    @Test
    void inQuietHoursNotificationsAreSilentAndTheirEmailWaitsUntilTheEnd() throws Exception {
        // 23:59 in Berlin on 24 October 2026: the night is an hour longer (03:00 becomes 02:00).
        clock.pin(Instant.parse("2026-10-24T21:59:00Z"));
        UUID sleeping = awaitProfile("Night Owl Capital", "en", "GB", "owl@capital.example");
        UUID awake = awaitProfile("Day Lark Ventures", "en", "GB", "lark@ventures.example");
        put(sleeping, Map.of("timeZone", "Europe/Berlin", "quietHours", Map.of("start", "22:00", "end", "07:00")));
        // Quiet from midnight, a minute away: not yet.
        put(awake, Map.of("timeZone", "Europe/Berlin", "quietHours", Map.of("start", "00:00", "end", "06:00")));

        produce(match(sleeping, awake));
        await(() -> mails("lark@ventures.example").size() == 1);
        Notification quiet = Notification.find("recipientProfileId", sleeping.toString()).firstResult();
        Notification loud = Notification.find("recipientProfileId", awake.toString()).firstResult();
        assertTrue(quiet.silent);
        assertFalse(loud.silent);
        Delivery held = Delivery.findById("email/" + quiet.id);
        assertEquals(Delivery.PENDING, held.status);
        // 07:00 winter time the next morning: nine hours and a minute later, not eight.
        Instant end = Instant.parse("2026-10-25T06:00:00Z");
        assertEquals(end, held.nextAttemptAt);

        clock.pin(end.minusSeconds(1));
        deliveryJob.runDue();
        assertTrue(mails("owl@capital.example").isEmpty());
        clock.pin(end);
        deliveryJob.runDue();
        await(() -> mails("owl@capital.example").size() == 1);
    }

    @Test
    void beyondTheDailyCapNotificationsStillArriveButSilentlyAndTheirEmailJoinsTheDigest() throws Exception {
        // 23:58 on New Year's Eve in Warsaw.
        clock.pin(Instant.parse("2026-12-31T22:58:00Z"));
        UUID me = awaitProfile("Busy Diplomat", "en", "PL", "attache@embassy.example");
        put(me, Map.of("dailyCap", 2));
        for (int i = 0; i < 3; i++) {
            produce(match(me, UUID.randomUUID()));
        }
        await(() -> inboxSize(me) == 3);
        await(() -> mails("attache@embassy.example").size() == 2);
        List<Notification> all = Notification.find("recipientProfileId", io.quarkus.panache.common.Sort.ascending("seq"),
                me.toString()).list();
        assertEquals(List.of(false, false, true), all.stream().map(n -> n.silent).toList());
        assertEquals(List.of("INSTANT", "INSTANT", "DIGEST"), all.stream().map(n -> n.email).toList());
        deliveryJob.runDue();
        assertEquals(2, mails("attache@embassy.example").size());
        Delivery overCap = Delivery.findById("email/" + all.get(2).id);
        assertEquals(Delivery.DIGEST, overCap.status);
        // In the next morning's digest, 08:00 on 1 January.
        assertEquals(Instant.parse("2027-01-01T07:00:00Z"), overCap.nextAttemptAt);

        // 00:00:30 on 1 January in Warsaw: a new local day, the cap counts from nought again.
        clock.pin(Instant.parse("2026-12-31T23:00:30Z"));
        produce(match(me, UUID.randomUUID()));
        await(() -> inboxSize(me) == 4);
        Notification newDay = Notification.find("recipientProfileId", io.quarkus.panache.common.Sort.descending("seq"),
                me.toString()).firstResult();
        assertFalse(newDay.silent);
        assertEquals("INSTANT", newDay.email);
        await(() -> mails("attache@embassy.example").size() == 3);
    }

    @Test
    void aDeletedProfileTakesItsPreferencesAndQueuedEmailsWithIt() throws Exception {
        UUID me = awaitProfile("Leaving Soon", "en", "PL", "bye@example.org");
        put(me, Map.of("emailMode", "DAILY_DIGEST"));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId", me.toString()) == 1);
        produce(EventEnvelope.of(EventType.PROFILE_DELETED, "/test", me.toString(),
                new org.innomatch.events.profiles.ProfileDeleted(me, Instant.now())));
        await(() -> Delivery.count("recipientProfileId", me.toString()) == 0 && recipients.find(me).isEmpty());
        assertNull(Preferences.findById(me.toString()));
        assertEquals(0, Notification.count("recipientProfileId", me.toString()));
    }

    private UUID awaitProfile(String name, String language, String country, String email) throws Exception {
        UUID id = profile(name, List.of(language), country, List.of("HEALTH"), email);
        await(() -> recipients.find(id).isPresent());
        return id;
    }

    private static void put(UUID profile, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).put("/profiles/{id}/notification-preferences", profile)
                .then().statusCode(200);
    }

    private List<Mail> mails(String to) {
        return mailbox.getMailsSentTo(to);
    }

    private static int inboxSize(UUID me) {
        return given().get("/profiles/{id}/notifications?limit=100", me).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    private static EventEnvelope<MatchFound> match(UUID a, UUID b) {
        MatchFound m = new MatchFound(UUID.randomUUID(), new MatchParty("PROFILE", a, a), new MatchParty("PROFILE", b, b),
                0.8, Instant.now());
        return EventEnvelope.of(EventType.MATCH_FOUND, "/test", m.matchId().toString(), m);
    }
}
