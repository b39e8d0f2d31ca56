package org.innomatch.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.innomatch.gateway.support.EdgeLimitsProfile;
import org.innomatch.gateway.support.GatewayTestUpstreams;
import org.innomatch.gateway.support.TestCredentials;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The running gateway shares its rate limits through the topic on a real broker: what a partner spends here is
 * reported, and what another instance reports for the same partner is refused here with 429.
 */
@QuarkusTest
@TestProfile(SharedRateLimitRouteTest.SharedLimits.class)
@WithTestResource(GatewayTestUpstreams.class)
class SharedRateLimitRouteTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    // Metrics and health answer on the management interface only, not on the public port.
    @TestHTTPResource(value = "/", management = true)
    URI management;

    static final String TOPIC = "innomatch.rate-usage";

    /** The edge limits (partners: 5 calls, then one every 10 s), shared through {@link #TOPIC}. */
    public static class SharedLimits extends EdgeLimitsProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("innomatch.rate-limit.shared-topic", TOPIC);
            config.put("innomatch.rate-limit.share-interval", "100ms");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class, Map.of("topics", TOPIC + ":2")));
        }
    }

    @Inject
    RateLimiter limiter;

    @Test
    void whatAPartnerSpendsHereIsReportedAndWhatItSpentElsewhereIsRefusedHere() throws Exception {
        JsonPath created = given().header("X-API-Key", TestCredentials.ADMIN_KEY).contentType("application/json")
                .body("{\"name\":\"shared limit test\",\"partnerId\":\"rl-" + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().jsonPath();
        String key = created.getString("key");
        String callerKey = "key:" + created.getString("id");

        given().header("X-API-Key", key).get("/api/v1/profiles/p1").then().statusCode(200)
                .header("RateLimit-Remaining", Integer.toString(EdgeLimitsProfile.PARTNER_CAPACITY - 1));
        UsageReport.Entry reported = awaitReport(callerKey);
        assertEquals(new UsageReport.Entry(callerKey, "partner", 1), reported);
        // Operators see the reports go out (and, were Kafka away, get lost) in /q/metrics.
        await("no sent report counted in /q/metrics").atMost(PATIENCE).until(() -> reports("sent") >= 1);
        assertEquals(0, reports("lost"));

        // Another instance gave the partner the rest of its capacity.
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            UsageReport elsewhere = new UsageReport("another-instance", System.currentTimeMillis(), List.of(
                    new UsageReport.Entry(callerKey, "partner", EdgeLimitsProfile.PARTNER_CAPACITY - 1)));
            producer.send(new ProducerRecord<>(TOPIC, "another-instance".getBytes(StandardCharsets.UTF_8),
                    elsewhere.encode())).get();
        }
        await("the other instance's report was not taken in").atMost(PATIENCE)
                .until(() -> limiter.available(callerKey, "partner") == 0);
        String retryAfter = given().header("X-API-Key", key).get("/api/v1/profiles/p1").then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Remaining", "0")
                .extract().header("Retry-After");
        // The token spent first has been coming back since: up to one token's time, 10 s.
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60 / EdgeLimitsProfile.REFILL_PER_MINUTE, retryAfter);
    }

    /** The entry for {@code callerKey} in a report this gateway wrote to the topic. */
    private static UsageReport.Entry awaitReport(String callerKey) throws Exception {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    for (UsageReport.Entry entry : UsageReport.decode(record.value()).entries()) {
                        if (entry.callerKey().equals(callerKey)) {
                            return entry;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no report for " + callerKey + " in " + TOPIC);
    }

    /** {@code innomatch_gateway_rate_usage_reports_total} for an outcome, as /q/metrics shows it. */
    private double reports(String outcome) {
        return given().baseUri(management.resolve("/").toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString().lines()
                .filter(line -> line.startsWith("innomatch_gateway_rate_usage_reports_total{")
                        && line.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + outcome + " reports in /q/metrics"));
    }
}
