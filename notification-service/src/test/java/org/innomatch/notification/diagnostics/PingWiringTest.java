package org.innomatch.notification.diagnostics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.notification.support.TestEvents;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class PingWiringTest {

    @Test
    void aPingTravelsThroughTheRealBrokerAndIsStoredOnce() throws Exception {
        String id = given().contentType(ContentType.JSON).body("{\"note\":\"wiring check\"}")
                .when().post("/diagnostics/pings")
                .then().statusCode(202)
                .body("origin", equalTo("notification-service"))
                .extract().path("id");

        // The record on the topic carries the CloudEvents attributes in binary mode.
        ConsumerRecord<String, byte[]> record = readFromTopic(id);
        assertEquals("org.innomatch.diagnostics.ping.v1", header(record, "ce_type"));
        assertEquals("/notification-service", header(record, "ce_source"));

        // The service consumed its own ping from the broker and stored it.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> ids = List.of();
        while (System.nanoTime() < deadline && !ids.contains(id)) {
            ids = given().when().get("/diagnostics/pings").then().statusCode(200).extract().jsonPath().getList("id");
            Thread.sleep(100);
        }
        given().when().get("/diagnostics/pings").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.receivedBy", equalTo("notification-service"))
                .body("findAll { it.id == '" + id + "' }.size()", equalTo(1));
    }

    @Test
    void anOverlongNoteIsRejectedWithTheFieldNamed() {
        given().contentType(ContentType.JSON).body("{\"note\":\"" + "x".repeat(201) + "\"}")
                .when().post("/diagnostics/pings")
                .then().statusCode(400);
    }

    private static ConsumerRecord<String, byte[]> readFromTopic(String id) {
        Predicate<ConsumerRecord<String, byte[]>> isThePing =
                r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(id);
        return TopicRecords.readUntil(KafkaTestResource.broker().bootstrapServers(), "innomatch.ping",
                        read -> read.stream().anyMatch(isThePing), Duration.ofSeconds(30))
                .stream().filter(isThePing).findFirst()
                .orElseThrow(() -> new AssertionError("ping " + id + " not found on innomatch.ping"));
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        String value = TopicRecords.header(r, name);
        assertNotNull(value, "header " + name + " missing");
        return value;
    }
}
