package org.innomatch.profile.profiles;

import static io.restassured.RestAssured.given;
import static org.innomatch.profile.profiles.ProfileRequests.create;
import static org.innomatch.profile.profiles.ProfileRequests.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventJson;
import org.innomatch.events.EventType;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_profiles"))
class ProfileEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void everyWritePublishesTheFullStateKeyedByTheProfileWithCloudEventsHeaders() {
        String id = create(valid("Published profile"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"needs\": \"Partners in Shenzhen\", \"sectors\": [\"AI.NLP\"]}")
                .when().patch("/profiles/" + id).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = ProfileTopic.withKey(
                ProfileTopic.readUntil(all -> ProfileTopic.withKey(all, id).size() >= 2, TIMEOUT), id);

        assertEquals(2, records.size());
        Set<String> eventIds = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Map<String, String> headers = ProfileTopic.headers(record);
            assertEquals("1.0", headers.get("ce_specversion"));
            assertEquals("org.innomatch.profile.upserted.v1", headers.get("ce_type"));
            assertEquals("/profile-service", headers.get("ce_source"));
            assertEquals(id, headers.get("ce_subject"));
            assertEquals("application/json", headers.get("content-type"));
            Instant.parse(headers.get("ce_time"));
            eventIds.add(UUID.fromString(headers.get("ce_id")).toString());
        }
        assertEquals(2, eventIds.size(), "every write is an event of its own");

        ProfileUpserted created = upserted(records.get(0));
        assertEquals(UUID.fromString(id), created.id());
        assertEquals(0, created.version());
        assertEquals("Published profile", created.name());
        assertEquals(List.of("HEALTH.MEDTECH", "AI"), created.sectors());
        assertEquals("anna.kowalska@example.pl", created.contact().email());
        assertEquals("PUBLIC", created.visibility());

        ProfileUpserted updated = upserted(records.get(1));
        assertEquals(1, updated.version());
        assertEquals("Partners in Shenzhen", updated.needs());
        assertEquals(List.of("AI.NLP"), updated.sectors());
        assertEquals(created.createdAt(), updated.createdAt());
        assertTrue(updated.updatedAt().isAfter(created.updatedAt()));
        assertEquals(apiState(id), eventState(updated), "the event carries exactly the state the API shows");
    }

    @Test
    void erasurePublishesATombstone() {
        String id = create(valid("Erased profile"));
        given().when().delete("/profiles/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = ProfileTopic.withKey(ProfileTopic.readUntil(
                all -> ProfileTopic.withKey(all, id).stream().anyMatch(r -> r.value() == null), TIMEOUT), id);

        assertEquals(2, records.size());
        ConsumerRecord<String, byte[]> tombstone = records.get(1);
        assertNull(tombstone.value());
        Map<String, String> headers = ProfileTopic.headers(tombstone);
        assertEquals("org.innomatch.profile.deleted.v1", headers.get("ce_type"));
        assertEquals(id, headers.get("ce_subject"));
        EventEnvelope<Object> envelope = ProfileTopic.envelope(tombstone);
        assertEquals(EventType.PROFILE_DELETED, envelope.type());
        ProfileDeleted deleted = assertInstanceOf(ProfileDeleted.class, envelope.data());
        assertEquals(UUID.fromString(id), deleted.id());
    }

    @Test
    void aFreshConsumerReplayingTheTopicRebuildsExactlyTheCurrentProfiles() {
        String kept = create(valid("Replay kept"));
        Map<String, Object> hiddenBody = valid("Replay hidden");
        hiddenBody.put("visibility", "HIDDEN");
        String hidden = create(hiddenBody);
        String erased = create(valid("Replay erased"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(valid("Replay kept, renamed"))
                .when().put("/profiles/" + kept).then().statusCode(200);
        given().when().delete("/profiles/" + erased).then().statusCode(204);

        Map<String, Long> stored = QuarkusTransaction.requiringNew().call(() -> Profile.<Profile>listAll().stream()
                .collect(Collectors.toMap(p -> p.id.toString(), p -> p.version)));
        Map<String, ProfileUpserted> rebuilt = new HashMap<>();
        ProfileTopic.readUntil(records -> {
            rebuilt.clear();
            rebuilt.putAll(replay(records));
            return versions(rebuilt).equals(stored);
        }, TIMEOUT);

        assertEquals(stored.keySet(), rebuilt.keySet());
        assertTrue(rebuilt.containsKey(kept) && rebuilt.containsKey(hidden));
        assertFalse(rebuilt.containsKey(erased), "the tombstone removed the erased profile");
        assertEquals("Replay kept, renamed", rebuilt.get(kept).name());
        for (ProfileUpserted profile : rebuilt.values()) {
            assertEquals(apiState(profile.id().toString()), eventState(profile));
        }
        Set<String> listed = new HashSet<>(allListedIds());
        Set<String> visible = rebuilt.values().stream().filter(p -> !"HIDDEN".equals(p.visibility()))
                .map(p -> p.id().toString()).collect(Collectors.toSet());
        assertEquals(visible, listed, "the list shows exactly the rebuilt profiles that are not hidden");
        given().when().get("/profiles/" + erased).then().statusCode(404);
    }

    /** The read model a consumer builds: the newest state per key, tombstones remove. */
    static Map<String, ProfileUpserted> replay(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ProfileUpserted> profiles = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope<Object> event = ProfileTopic.envelope(record);
            if (event.data() instanceof ProfileDeleted) {
                profiles.remove(record.key());
            } else if (event.data() instanceof ProfileUpserted state) {
                ProfileUpserted known = profiles.get(record.key());
                if (known == null || known.version() < state.version()) {
                    profiles.put(record.key(), state);
                }
            }
        }
        return profiles;
    }

    private static Map<String, Long> versions(Map<String, ProfileUpserted> profiles) {
        return profiles.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().version()));
    }

    private static ProfileUpserted upserted(ConsumerRecord<String, byte[]> record) {
        return assertInstanceOf(ProfileUpserted.class, ProfileTopic.envelope(record).data());
    }

    private static List<String> allListedIds() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/profiles").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** The profile as GET /profiles/{id} shows it, without null members. */
    private static JsonNode apiState(String id) {
        String body = given().when().get("/profiles/" + id).then().statusCode(200).extract().asString();
        try {
            return withoutNulls(EventJson.mapper().readTree(body));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode eventState(ProfileUpserted event) {
        try {
            // through text, so that numbers compare as the API's do (an int, not a long node)
            return withoutNulls(EventJson.mapper().readTree(EventJson.serialize(event)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            nulls.forEach(object::remove);
        }
        return node;
    }
}
