package org.innomatch.notification.messages;

import static io.restassured.RestAssured.given;
import static org.innomatch.notification.support.TestEvents.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class MessageNotificationsTest {

    @Inject
    Recipients recipients;

    @Test
    void theRecipientAloneIsToldOnceWithThePreviewInInboxAndEmail() throws Exception {
        UUID sender = TestEvents.profile("Warsaw MedTech", List.of("pl", "en"), "PL", List.of("HEALTH"),
                "office@warsaw-medtech.example.pl");
        UUID recipient = TestEvents.profile("北京智能制造研究院", List.of("zh"), "CN", List.of("MANUFACTURING"),
                "contact@bjim.example.cn");
        awaitRecipients(sender, recipient);

        EventEnvelope<MessagePosted> posted = message(sender, recipient, "明天下午在12号桌见面好吗？");
        TestEvents.produce(posted);
        await(() -> messages(recipient).size() == 1);

        JsonPath inbox = inbox(recipient);
        assertEquals("MESSAGE_RECEIVED", inbox.getString("items[0].type"));
        assertEquals("新消息", inbox.getString("items[0].title"));
        assertTrue(inbox.getString("items[0].body").contains("Warsaw MedTech"), inbox.prettify());
        assertTrue(inbox.getString("items[0].body").contains("明天下午在12号桌见面好吗？"), inbox.prettify());
        assertEquals(sender.toString(), inbox.getString("items[0].otherProfileId"));
        assertEquals(posted.data().threadId().toString(), inbox.getString("items[0].subject"));
        String notificationId = inbox.getString("items[0].id");
        await(() -> Delivery.count("notificationId = ?1 and kind = ?2", notificationId, Delivery.EMAIL) == 1);
        Delivery email = Delivery.find("notificationId = ?1 and kind = ?2", notificationId, Delivery.EMAIL)
                .firstResult();
        assertEquals("contact@bjim.example.cn", email.target);

        // Redelivered (same ce_id), then a marker on the same key, so the same partition, after it.
        TestEvents.produce(posted);
        TestEvents.produce(message(sender, recipient, "Marker"));
        await(() -> messages(recipient).size() == 2);
        assertEquals(1, messages(recipient).stream()
                .filter(body -> body.contains("明天下午在12号桌见面好吗？")).count());
        assertEquals(0, messages(sender).size(), "the sender is told nothing");
        assertEquals(1, Delivery.count("notificationId = ?1 and kind = ?2", notificationId, Delivery.EMAIL));
    }

    @Test
    void erasingTheSenderErasesTheNotificationAndAnErasedSideIsToldNothing() throws Exception {
        UUID sender = TestEvents.profile("Haifa Robotics", List.of("en"), "IL", List.of("MANUFACTURING"), null);
        UUID recipient = TestEvents.profile("Montréal Institute", List.of("fr", "en"), "CA",
                List.of("MANUFACTURING"), null);
        awaitRecipients(sender, recipient);
        TestEvents.produce(message(sender, recipient, "Hello from Haifa"));
        await(() -> messages(recipient).size() == 1);
        assertEquals("New message", inbox(recipient).getString("items[0].title"));
        assertEquals("Haifa Robotics sent you a message: Hello from Haifa",
                inbox(recipient).getString("items[0].body"));

        TestEvents.produce(EventEnvelope.of(EventType.PROFILE_DELETED, "/test", sender.toString(),
                new ProfileDeleted(sender, Instant.now())));
        await(() -> messages(recipient).isEmpty() && recipients.find(sender).isEmpty());

        // A message still on its way from the erased sender stores nothing about it.
        UUID third = TestEvents.profile("Lahore Fintech", List.of("en"), "PK", List.of("FINTECH"), null);
        awaitRecipients(third);
        EventEnvelope<MessagePosted> late = message(sender, recipient, "Late");
        TestEvents.produce(late);
        // A marker on the same key, so the same partition, after it.
        MessagePosted marker = new MessagePosted(UUID.randomUUID(), late.data().threadId(), third, recipient,
                "Marker", Instant.now());
        TestEvents.produce(EventEnvelope.of(EventType.MESSAGE_POSTED, "/test", marker));
        await(() -> messages(recipient).size() == 1);
        assertEquals(List.of("Lahore Fintech sent you a message: Marker"), messages(recipient));
    }

    private static EventEnvelope<MessagePosted> message(UUID from, UUID to, String text) {
        String pair = from.compareTo(to) < 0 ? from + "|" + to : to + "|" + from;
        UUID thread = UUID.nameUUIDFromBytes(pair.getBytes(StandardCharsets.UTF_8));
        return EventEnvelope.of(EventType.MESSAGE_POSTED, "/test", new MessagePosted(UUID.randomUUID(), thread, from,
                to, MessagePosted.previewOf(text), Instant.now()));
    }

    private void awaitRecipients(UUID... ids) throws InterruptedException {
        await(() -> List.of(ids).stream().allMatch(id -> recipients.find(id).isPresent()));
    }

    private static List<String> messages(UUID profileId) {
        JsonPath inbox = inbox(profileId);
        List<String> types = inbox.getList("items.type");
        List<String> bodies = inbox.getList("items.body");
        return IntStream.range(0, types.size()).filter(i -> "MESSAGE_RECEIVED".equals(types.get(i)))
                .mapToObj(bodies::get).toList();
    }

    private static JsonPath inbox(UUID profileId) {
        return given().get("/profiles/{id}/notifications?limit=100", profileId).then().statusCode(200).extract()
                .jsonPath();
    }
}
