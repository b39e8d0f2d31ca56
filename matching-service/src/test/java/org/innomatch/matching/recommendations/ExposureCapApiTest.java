package org.innomatch.matching.recommendations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.testing.TestEvents.profile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.SeedProfiles;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The exposure cap through the API: a target served to many others is damped, and NOT_INTERESTED still wins. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class ExposureCapApiTest {

    @Inject
    ExposureDamping exposure;

    @BeforeEach
    void awaitReadModelAndForgetEarlierViews() {
        Await.ready();
        exposure.tracker().clear();
    }

    @AfterEach
    void forgetViews() {
        exposure.tracker().clear();
    }

    @Test
    void aTargetShownToManyOthersIsDampedGraduallyAndNotInterestedIsStillNeverShown() {
        UUID me = UUID.randomUUID();
        try (TestEvents events = new TestEvents(KafkaTestResource.broker().bootstrapServers())) {
            events.upsert(profile(me, "Shenzhen Heart Device Startup", "STARTUP", "CN", List.of("HEALTH.MEDTECH"),
                    "Wearable cardiac monitoring devices and medical device engineering.",
                    "A clinical trial network for clinical validation of our cardiac monitor.",
                    List.of("wearable", "clinical validation"), List.of("JOINT_RESEARCH"), List.of("en", "zh"), 1));
        }
        Await.until(Duration.ofSeconds(10), "new profile indexed",
                () -> given().get("/profiles/{id}/recommendations/partners", me).statusCode() == 200);

        JsonPath before = partners(me);
        String hospital = SeedProfiles.BEIJING_HOSPITAL.toString();
        String cro = SeedProfiles.EU_CRO.toString();
        assertTrue(before.getList("items.profileId").containsAll(List.of(hospital, cro)), before.prettify());
        double undamped = scoreOf(before, hospital);
        assertTrue(reasonsOf(before, hospital).stream().noneMatch(r -> "exposure".equals(r.get("factor"))));

        decide(me, cro, "NOT_INTERESTED");
        // My own repeated views never count; 100 and then 200 other viewers do.
        serveToOthers(hospital, 0, 100);
        serveToOthers(cro, 0, 200);
        JsonPath at100 = partners(me);
        assertFalse(at100.getList("items.profileId").contains(cro), "NOT_INTERESTED target shown: " + at100.prettify());
        double damped100 = scoreOf(at100, hospital);
        assertEquals(undamped * Math.sqrt(50.0 / 100), damped100, 0.0015);
        Map<String, Object> reason = reasonsOf(at100, hospital).stream()
                .filter(r -> "exposure".equals(r.get("factor"))).findFirst().orElseThrow();
        assertTrue(((Number) reason.get("contribution")).doubleValue() < 0, reason.toString());
        assertTrue(((String) reason.get("detail")).contains("100 others"), reason.toString());
        double sum = reasonsOf(at100, hospital).stream().mapToDouble(r -> ((Number) r.get("contribution")).doubleValue()).sum();
        assertEquals(damped100, sum, 0.003, "contributions add up to the damped score");

        serveToOthers(hospital, 100, 200);
        double damped200 = scoreOf(partners(me), hospital);
        assertEquals(undamped * 0.5, damped200, 0.0015);
        assertTrue(damped200 < damped100 && damped100 < undamped, undamped + " > " + damped100 + " > " + damped200);
    }

    private void serveToOthers(String targetId, int from, int to) {
        IntStream.range(from, to).forEach(i -> exposure.tracker()
                .served("PROFILE:" + new UUID(42, i), List.of("PROFILE:" + targetId)));
    }

    private static JsonPath partners(UUID profile) {
        return given().queryParam("limit", 100).get("/profiles/{id}/recommendations/partners", profile)
                .then().statusCode(200).extract().jsonPath();
    }

    private static double scoreOf(JsonPath page, String id) {
        return page.getDouble("items.find { it.profileId == '" + id + "' }.score");
    }

    private static List<Map<String, Object>> reasonsOf(JsonPath page, String id) {
        return page.getList("items.find { it.profileId == '" + id + "' }.reasons");
    }

    private static void decide(UUID profile, String target, String decision) {
        given().contentType(ContentType.JSON)
                .body("{\"targetType\":\"PROFILE\",\"targetId\":\"" + target + "\",\"decision\":\"" + decision + "\"}")
                .post("/profiles/{id}/interests", profile).then().statusCode(201);
    }
}
