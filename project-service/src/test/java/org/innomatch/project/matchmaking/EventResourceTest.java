package org.innomatch.project.matchmaking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class EventResourceTest {

    @Test
    void createsAnEventAtTheVenuesOffsetAndPublishesIt() {
        Map<String, Object> body = EventApi.body(null);
        // Sent in UTC; shown at the venue's offset.
        body.put("startsAt", "2026-12-03T01:00:00Z");
        body.put("endsAt", "2026-12-03T09:30:00Z");
        Response created = given().contentType(ContentType.JSON).body(body).when().post("/events");
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("startsAt", equalTo("2026-12-03T09:00:00+08:00"))
                .body("endsAt", equalTo("2026-12-03T17:30:00+08:00"))
                .body("slotMinutes", equalTo(20))
                .body("tables", equalTo(24));
        String id = created.path("id");
        created.then().header("Location", endsWith("/events/" + id));

        given().when().get("/events/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(body.get("name"))).body("timezone", equalTo("Asia/Shanghai"));

        TopicReader.Read record = TopicReader.awaitKey(Topics.EVENTS, id, 1).get(0);
        assertEquals(EventType.EVENT_UPSERTED.type(), record.header("ce_type"));
        EventUpserted event = (EventUpserted) record.envelope().data();
        assertEquals(OffsetDateTime.parse("2026-12-03T09:00:00+08:00"), event.startsAt());
        assertEquals("DRAFT", event.status());
        assertEquals(0, event.version());
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                Arguments.of(400, "name", (Consumer<Map<String, Object>>) b -> b.put("name", "")),
                Arguments.of(400, "name", (Consumer<Map<String, Object>>) b -> b.put("name", "x".repeat(201))),
                Arguments.of(400, "city", (Consumer<Map<String, Object>>) b -> b.remove("city")),
                Arguments.of(400, "timezone", (Consumer<Map<String, Object>>) b -> b.remove("timezone")),
                Arguments.of(400, "startsAt", (Consumer<Map<String, Object>>) b -> b.remove("startsAt")),
                Arguments.of(400, "endsAt", (Consumer<Map<String, Object>>) b -> b.put("endsAt", "tomorrow")),
                // ISO 8601 allows it, PostgreSQL's timestamps do not: it used to fail the insert with a 500.
                Arguments.of(400, "endsAt",
                        (Consumer<Map<String, Object>>) b -> b.put("endsAt", "+999999999-12-31T23:59:59Z")),
                Arguments.of(400, "slotMinutes", (Consumer<Map<String, Object>>) b -> b.put("slotMinutes", 4)),
                Arguments.of(400, "slotMinutes", (Consumer<Map<String, Object>>) b -> b.put("slotMinutes", 241)),
                Arguments.of(400, "tables", (Consumer<Map<String, Object>>) b -> b.put("tables", 0)),
                Arguments.of(400, "tables", (Consumer<Map<String, Object>>) b -> b.put("tables", 1001)),
                Arguments.of(422, "timezone", (Consumer<Map<String, Object>>) b -> b.put("timezone", "Beijing/China")),
                Arguments.of(422, "timezone", (Consumer<Map<String, Object>>) b -> b.put("timezone", "+08:00")),
                Arguments.of(422, "endsAt", (Consumer<Map<String, Object>>) b -> b.put("endsAt", "2026-12-03T08:00:00+08:00")),
                Arguments.of(422, "endsAt", (Consumer<Map<String, Object>>) b -> b.put("endsAt", b.get("startsAt"))),
                Arguments.of(422, "slotMinutes", (Consumer<Map<String, Object>>) b -> b.put("endsAt", "2026-12-03T09:10:00+08:00")),
                Arguments.of(422, "status", (Consumer<Map<String, Object>>) b -> b.put("status", "PUBLISHED")));
    }

    @ParameterizedTest(name = "{0} naming {1}")
    @MethodSource("invalidEvents")
    void invalidFieldsAreNamed(int status, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = EventApi.body(null);
        change.accept(body);
        var response = given().contentType(ContentType.JSON).body(body).when().post("/events")
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        if (field.equals("status")) {
            response.body("errors[0].allowed", contains("DRAFT", "OPEN", "CLOSED"));
        }
    }

    @Test
    void updatesNeedAMatchingIfMatch() {
        String id = EventApi.create("DRAFT");
        Map<String, Object> body = EventApi.body(null);
        body.put("tables", 30);
        given().contentType(ContentType.JSON).body(body).when().put("/events/" + id).then().statusCode(428);
        given().header("If-Match", "\"9\"").contentType(ContentType.JSON).body(body).when().put("/events/" + id)
                .then().statusCode(412);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body).when().put("/events/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("tables", equalTo(30)).body("status", equalTo("DRAFT"));

        given().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"status\": \"OPEN\", \"city\": \"Beijing Yizhuang\"}")
                .when().patch("/events/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("OPEN")).body("city", equalTo("Beijing Yizhuang")).body("tables", equalTo(30));
        given().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"tables\": 2}")
                .when().patch("/events/" + id).then().statusCode(412);
        given().header("If-Match", "\"2\"").contentType("application/merge-patch+json").body("{\"tables\": 5000}")
                .when().patch("/events/" + id).then().statusCode(400).body("errors.field", contains("tables"));

        List<TopicReader.Read> records = TopicReader.awaitKey(Topics.EVENTS, id, 3);
        assertEquals(List.of(0L, 1L, 2L), records.stream()
                .map(r -> ((EventUpserted) r.envelope().data()).version()).toList());
        assertEquals("OPEN", ((EventUpserted) records.get(2).envelope().data()).status());
    }

    @Test
    void anOpenedEventCannotGoBackToDraft() {
        String id = EventApi.create("OPEN");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"status\": \"DRAFT\"}")
                .when().patch("/events/" + id).then().statusCode(409).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"status\": \"CLOSED\"}")
                .when().patch("/events/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().header("If-Match", "\"1\"").contentType("application/merge-patch+json").body("{\"status\": \"OPEN\"}")
                .when().patch("/events/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void unknownEventsAre404() {
        given().when().get("/events/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsSoonestFirstAcrossPages() {
        // A year of its own, so that events of other tests sort before these.
        List<String> created = new ArrayList<>();
        for (int day = 5; day >= 1; day--) {
            Map<String, Object> body = EventApi.body("CLOSED");
            body.put("startsAt", "2099-0" + day + "-01T09:00:00+08:00");
            body.put("endsAt", "2099-0" + day + "-01T17:00:00+08:00");
            created.add(0, given().contentType(ContentType.JSON).body(body).when().post("/events")
                    .then().statusCode(201).extract().path("id"));
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 3).queryParam("status", "CLOSED");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/events").then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no duplicates");
        assertEquals(created, listed.subList(listed.size() - 5, listed.size()), "soonest first, the 2099 ones last");
        assertTrue(given().queryParam("status", "CLOSED").queryParam("limit", 100).when().get("/events")
                .then().extract().jsonPath().getList("items.status").stream().allMatch("CLOSED"::equals));

        given().queryParam("status", "PUBLISHED").when().get("/events").then().statusCode(400)
                .body("errors[0].allowed", containsInAnyOrder("DRAFT", "OPEN", "CLOSED"));
        given().queryParam("cursor", "%%%").when().get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }
}
