package org.innomatch.project.matchmaking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.PostgresTestResource;
import org.innomatch.project.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.ping:1"))
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "innomatch_projects"))
class EventBreaksTest {

    @Test
    void breaksAreStoredShownAtTheVenueOffsetAndPublished() {
        Map<String, Object> body = EventApi.body(null);
        // Sent in UTC and out of order; shown sorted at +08:00.
        body.put("breaks", List.of(
                Map.of("startsAt", "2026-12-03T07:00:00Z", "endsAt", "2026-12-03T07:30:00Z", "label", "Plenary"),
                Map.of("startsAt", "2026-12-03T12:00:00+08:00", "endsAt", "2026-12-03T13:30:00+08:00", "label", "Lunch")));
        String id = given().contentType(ContentType.JSON).body(body).post("/events").then().statusCode(201)
                .body("breaks.size()", equalTo(2))
                .body("breaks[0].startsAt", equalTo("2026-12-03T12:00:00+08:00"))
                .body("breaks[0].label", equalTo("Lunch"))
                .body("breaks[1].startsAt", equalTo("2026-12-03T15:00:00+08:00"))
                .extract().path("id");

        EventUpserted published = (EventUpserted) TopicReader.awaitKey(Topics.EVENTS, id, 1).get(0).envelope().data();
        assertEquals(List.of(
                new EventUpserted.Break(OffsetDateTime.parse("2026-12-03T12:00:00+08:00"), OffsetDateTime.parse("2026-12-03T13:30:00+08:00"), "Lunch"),
                new EventUpserted.Break(OffsetDateTime.parse("2026-12-03T15:00:00+08:00"), OffsetDateTime.parse("2026-12-03T15:30:00+08:00"), "Plenary")),
                published.breaks());

        // A merge patch that does not mention breaks keeps them; a PUT without breaks removes them.
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body("{\"tables\": 30}")
                .patch("/events/" + id).then().statusCode(200).body("breaks.size()", equalTo(2));
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(EventApi.body(null))
                .put("/events/" + id).then().statusCode(200).body("breaks.size()", equalTo(0));
        EventUpserted last = (EventUpserted) TopicReader.awaitKey(Topics.EVENTS, id, 3).get(2).envelope().data();
        assertEquals(List.of(), last.breaks());
    }

    @Test
    void invalidBreaksNameTheField() {
        Map<String, Object> outside = EventApi.body(null);
        outside.put("breaks", List.of(Map.of("startsAt", "2026-12-03T08:00:00+08:00", "endsAt", "2026-12-03T09:30:00+08:00")));
        given().contentType(ContentType.JSON).body(outside).post("/events").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("breaks[0].startsAt"));

        Map<String, Object> backwards = EventApi.body(null);
        backwards.put("breaks", List.of(Map.of("startsAt", "2026-12-03T13:00:00+08:00", "endsAt", "2026-12-03T12:00:00+08:00")));
        given().contentType(ContentType.JSON).body(backwards).post("/events").then().statusCode(422)
                .body("errors[0].field", equalTo("breaks[0].endsAt"));

        Map<String, Object> overlapping = EventApi.body(null);
        overlapping.put("breaks", List.of(
                Map.of("startsAt", "2026-12-03T12:00:00+08:00", "endsAt", "2026-12-03T13:00:00+08:00"),
                Map.of("startsAt", "2026-12-03T12:30:00+08:00", "endsAt", "2026-12-03T13:30:00+08:00")));
        given().contentType(ContentType.JSON).body(overlapping).post("/events").then().statusCode(422)
                .body("errors[0].field", equalTo("breaks[1].startsAt"));

        Map<String, Object> missing = EventApi.body(null);
        missing.put("breaks", List.of(Map.of("startsAt", "2026-12-03T12:00:00+08:00")));
        given().contentType(ContentType.JSON).body(missing).post("/events").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
