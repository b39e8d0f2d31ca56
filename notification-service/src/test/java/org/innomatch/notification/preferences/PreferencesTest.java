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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.inbox.Notification;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.AfterAll;
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

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    MockMailbox mailbox;
    @Inject
    Recipients recipients;
    @Inject
    DigestJob digests;
    @Inject
    Deliveries deliveries;

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
        UUID me = awaitProfile("Gdansk Maritime Institute", "en", "PL", "digest@gdansk.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "07:45"));
        PreferencesView prefs = given().get("/profiles/{id}/notification-preferences", me).then().statusCode(200)
                .body("timeZone", equalTo("Europe/Warsaw")).body("digestTime", equalTo("07:45"))
                .extract().as(PreferencesView.class);
        Instant before = Instant.now();
        produce(match(me, UUID.randomUUID()));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 2);
        Thread.sleep(600); // three delivery-job ticks: nothing instant
        assertTrue(mails("digest@gdansk.example").isEmpty());

        // Not before 07:45 in Warsaw: the last 07:45 before the notifications came is no digest time for them.
        Instant firstAfterBefore = NotificationPreferences.nextDigest(prefs, before);
        digests.sendDigests(firstAfterBefore.minusMillis(1));
        assertTrue(mails("digest@gdansk.example").isEmpty());

        // At the first 07:45 after both were queued: one e-mail with both.
        Instant newest = Delivery.<Delivery>find("recipientProfileId", me.toString()).list().stream()
                .map(d -> d.createdAt).max(Instant::compareTo).orElseThrow();
        Instant digestTime = NotificationPreferences.nextDigest(prefs, newest);
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
        UUID me = awaitProfile("Krakow Photonics", "en", "PL", "digest@krakow-photonics.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "07:45"));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 1);
        Delivery waiting = Delivery.find("recipientProfileId", me.toString()).firstResult();

        put(me, Map.of("emailMode", "DAILY_DIGEST", "digestTime", "21:15", "timeZone", "Asia/Shanghai"));
        PreferencesView after = given().get("/profiles/{id}/notification-preferences", me).then().statusCode(200)
                .extract().as(PreferencesView.class);
        Delivery moved = Delivery.findById(waiting.id);
        assertEquals(NotificationPreferences.nextDigest(after, waiting.createdAt), moved.nextAttemptAt);
        assertNotEquals(waiting.nextAttemptAt, moved.nextAttemptAt);
        assertEquals(Delivery.DIGEST, moved.status);
    }

    @Test
    void aDigestIsClaimedByOneInstanceAndDueAgainIfItNeverRecordsSendingIt() throws Exception {
        UUID me = awaitProfile("Shenzhen Robotics Lab", "zh", "CN", "digest@szrobotics.example");
        put(me, Map.of("emailMode", "DAILY_DIGEST"));
        produce(match(me, UUID.randomUUID()));
        await(() -> Delivery.count("recipientProfileId = ?1 and status = ?2", me.toString(), Delivery.DIGEST) == 1);
        Instant due = Delivery.<Delivery>find("recipientProfileId", me.toString()).firstResult().nextAttemptAt;

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
        UUID sleeping = awaitProfile("Night Owl Capital", "en", "GB", "owl@capital.example");
        UUID awake = awaitProfile("Day Lark Ventures", "en", "GB", "lark@ventures.example");
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        LocalTime end = now.plusHours(2).withSecond(0).withNano(0);
        put(sleeping, Map.of("timeZone", "UTC", "quietHours",
                Map.of("start", HH_MM.format(now.minusHours(1)), "end", HH_MM.format(end))));
        put(awake, Map.of("timeZone", "UTC", "quietHours",
                Map.of("start", HH_MM.format(now.plusHours(3)), "end", HH_MM.format(now.plusHours(4)))));

        produce(match(sleeping, awake));
        await(() -> mails("lark@ventures.example").size() == 1);
        Notification quiet = Notification.find("recipientProfileId", sleeping.toString()).firstResult();
        Notification loud = Notification.find("recipientProfileId", awake.toString()).firstResult();
        assertTrue(quiet.silent);
        assertFalse(loud.silent);
        Delivery held = Delivery.findById("email/" + quiet.id);
        assertEquals(Delivery.PENDING, held.status);
        Instant expected = Instant.now().atZone(ZoneOffset.UTC).with(end).toInstant();
        if (expected.isBefore(Instant.now())) {
            expected = expected.plus(Duration.ofDays(1)); // the window wrapped midnight
        }
        assertTrue(Duration.between(expected, held.nextAttemptAt).abs().toMinutes() < 2, held.nextAttemptAt + " vs " + expected);
        assertTrue(mails("owl@capital.example").isEmpty());
    }

    @Test
    void beyondTheDailyCapNotificationsStillArriveButSilentlyAndTheirEmailJoinsTheDigest() throws Exception {
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
        Thread.sleep(600);
        assertEquals(2, mails("attache@embassy.example").size());
        assertEquals(Delivery.DIGEST, Delivery.<Delivery>findById("email/" + all.get(2).id).status);
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
