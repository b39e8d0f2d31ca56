package org.innomatch.caller.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The diagnostics ping of every service: it travels through the real broker with its CloudEvents headers and the
 * service stores it once. A service's {@code PingWiringTest} extends this with its {@code @QuarkusTest} resources.
 */
public abstract class PingWiringContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The service's name, e.g. {@code profile-service}: the ping's origin and CloudEvents source. */
    protected abstract String serviceName();

    @Test
    void aPingTravelsThroughTheRealBrokerAndIsStoredOnce() {
        String id = given().contentType(ContentType.JSON).body("{\"note\":\"wiring check\"}")
                .when().post("/diagnostics/pings")
                .then().statusCode(202)
                .body("origin", equalTo(serviceName()))
                .extract().path("id");

        // The record on the topic carries the CloudEvents attributes in binary mode.
        ConsumerRecord<String, byte[]> record = readFromTopic(id);
        assertEquals("org.innomatch.diagnostics.ping.v1", header(record, "ce_type"));
        assertEquals("/" + serviceName(), header(record, "ce_source"));

        // The service consumed its own ping from the broker and stored it.
        await().atMost(PATIENCE).until(() -> given().when().get("/diagnostics/pings").then().statusCode(200)
                .extract().jsonPath().<String>getList("id"), ids -> ids.contains(id));
        given().when().get("/diagnostics/pings").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.receivedBy", equalTo(serviceName()))
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
        List<ConsumerRecord<String, byte[]>> read = TopicRecords.readUntil(
                KafkaTestResource.broker().bootstrapServers(), "innomatch.ping",
                records -> records.stream().anyMatch(isThePing), PATIENCE);
        return read.stream().filter(isThePing).findFirst()
                .orElseThrow(() -> new AssertionError("ping " + id + " not found on innomatch.ping"));
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        String value = TopicRecords.header(r, name);
        assertNotNull(value, "header " + name + " missing");
        return value;
    }
}
