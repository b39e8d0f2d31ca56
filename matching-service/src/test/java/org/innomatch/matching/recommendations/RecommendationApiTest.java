package org.innomatch.matching.recommendations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.testing.TestEvents.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.SeedProfiles;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class RecommendationApiTest {

    private static TestEvents events;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @BeforeEach
    void awaitReadModel() {
        Await.ready();
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void theComplementaryPairRanksFirstWithReasonsNamingBothSides() {
        JsonPath page = given().queryParam("limit", 5)
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(SeedProfiles.BEIJING_HOSPITAL.toString(), page.getString("items[0].profileId"));
        float score = page.getFloat("items[0].score");
        assertTrue(score > 0 && score <= 1, "score " + score);

        List<Map<String, Object>> reasons = page.getList("items[0].reasons");
        String complementarity = detailOf(reasons, "complementarity");
        // Their offer and my need, quoted in the words each side wrote.
        assertTrue(complementarity.contains("they offer '") && complementarity.contains("— you need '"), complementarity);
        assertTrue(complementarity.matches("(?s).*they offer '[^']*[Cc]linical[^']*' — you need '[^']*[Cc]linical[^']*'.*"), complementarity);
        String reciprocity = detailOf(reasons, "reciprocity");
        assertTrue(reciprocity.matches("(?s).*you offer '[^']*[Ww]earable[^']*' — they need '[^']*[Ww]earable[^']*'.*"), reciprocity);
        assertEquals("shared sector HEALTH.MEDTECH", detailOf(reasons, "sector"));
        double sum = reasons.stream().mapToDouble(r -> ((Number) r.get("contribution")).doubleValue()).sum();
        assertEquals(score, sum, 0.002, "contributions add up to the score");
    }

    @Test
    void aTwoSidedFitOutranksAOneSidedFit() {
        UUID requester = UUID.randomUUID();
        UUID twoSided = UUID.randomUUID();
        UUID oneSided = UUID.randomUUID();
        events.upsert(profile(requester, "Smart Port Startup", "STARTUP", "IL", List.of("MOBILITY"),
                "Autonomous container cranes for smart ports.", "Port operators to pilot autonomous cranes.",
                List.of("smart port"), List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        events.upsert(profile(twoSided, "Tianjin Port Operator", "ENTERPRISE", "CN", List.of("MOBILITY"),
                "Port operators pilot sites for autonomous cranes.", "Autonomous container cranes for our smart port.",
                List.of("smart port"), List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        events.upsert(profile(oneSided, "Gdansk Port Operator", "ENTERPRISE", "PL", List.of("MOBILITY"),
                "Port operators pilot sites for autonomous cranes.", "Dredging vessels and tugboat crews.",
                List.of("smart port"), List.of("PILOT_CUSTOMER"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "all three indexed", () -> {
            if (given().get("/profiles/{id}/recommendations/partners", requester).statusCode() != 200) {
                return false;
            }
            List<String> ids = given().queryParam("limit", 100).get("/profiles/{id}/recommendations/partners", requester)
                    .then().extract().jsonPath().getList("items.profileId");
            return ids.contains(twoSided.toString()) && ids.contains(oneSided.toString());
        });
        JsonPath page = given().queryParam("limit", 100).get("/profiles/{id}/recommendations/partners", requester)
                .then().statusCode(200).extract().jsonPath();
        float two = page.getFloat("items.find { it.profileId == '" + twoSided + "' }.score");
        float one = page.getFloat("items.find { it.profileId == '" + oneSided + "' }.score");
        // Both mirror the requester's texts, so both shown scores may round to 1; the order still holds.
        assertTrue(two >= one, "two-sided " + two + " vs one-sided " + one);
        List<String> order = page.getList("items.profileId");
        assertTrue(order.indexOf(twoSided.toString()) < order.indexOf(oneSided.toString()), "order " + order);
        assertEquals(twoSided.toString(), page.getString("items[0].profileId"));
    }

    @Test
    void aChineseNeedFindsAnEnglishOfferOnSharedCodesAndKeywords() {
        JsonPath page = given().queryParam("limit", 100)
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.CHINESE_MEDTECH)
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.profileId");
        assertTrue(ids.contains(SeedProfiles.EU_CRO.toString()), "EU CRO recommended: " + ids);
        String prefix = "items.find { it.profileId == '" + SeedProfiles.EU_CRO + "' }";
        List<Map<String, Object>> reasons = page.getList(prefix + ".reasons");
        assertTrue(detailOf(reasons, "keywords").contains("clinical validation"), String.valueOf(reasons));
        assertEquals("shared sector HEALTH.MEDTECH", detailOf(reasons, "sector"));
    }

    @Test
    void pagesFollowTheCursorWithoutOverlap() {
        JsonPath first = given().queryParam("limit", 2)
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(200).body("nextCursor", notNullValue()).extract().jsonPath();
        List<String> firstIds = first.getList("items.profileId");
        List<String> secondIds = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(200).extract().jsonPath().getList("items.profileId");
        assertEquals(2, firstIds.size());
        assertFalse(secondIds.isEmpty());
        List<String> all = new ArrayList<>(firstIds);
        all.addAll(secondIds);
        assertEquals(all.size(), new HashSet<>(all).size(), "overlap between pages: " + all);
        assertFalse(all.contains(SeedProfiles.ISRAELI_MEDTECH.toString()), "the requester itself");
    }

    @Test
    void filtersRestrictTheList() {
        List<String> countries = given().queryParam("limit", 100).queryParam("country", "NL")
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.CHINESE_MEDTECH)
                .then().statusCode(200).extract().jsonPath().getList("items.profileId");
        assertEquals(List.of(SeedProfiles.EU_CRO.toString()), countries);
        given().queryParam("sector", "HEALTH").queryParam("kind", "UNIVERSITY")
                .get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(200).body("items.profileId", hasItem(SeedProfiles.POLISH_AI_LAB.toString()))
                .body("items.size()", equalTo(1));
    }

    @Test
    void participantsOfAProjectExcludeItsOwner() {
        List<String> ids = given().queryParam("limit", 100)
                .get("/projects/{id}/recommendations/participants", SeedProfiles.POLISH_IMAGING_PROJECT)
                .then().statusCode(200).extract().jsonPath().getList("items.profileId");
        assertFalse(ids.isEmpty());
        assertFalse(ids.contains(SeedProfiles.POLISH_AI_LAB.toString()), "owner listed: " + ids);
    }

    @Test
    void invalidInputIsAProblemNamingTheField() {
        given().queryParam("limit", 0).get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("limit"));
        given().queryParam("limit", 101).get("/profiles/{id}/recommendations/projects", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        given().queryParam("cursor", "not-a-cursor").get("/profiles/{id}/recommendations/partners", SeedProfiles.ISRAELI_MEDTECH)
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        given().get("/profiles/{id}/recommendations/partners", UUID.randomUUID())
                .then().statusCode(404).contentType(containsString("application/problem+json")).body("status", equalTo(404));
        given().get("/projects/{id}/recommendations/participants", UUID.randomUUID()).then().statusCode(404);
    }

    static String detailOf(List<Map<String, Object>> reasons, String factor) {
        Map<String, Object> reason = reasons.stream().filter(r -> factor.equals(r.get("factor"))).findFirst().orElse(null);
        assertNotNull(reason, "no " + factor + " reason in " + reasons);
        return (String) reason.get("detail");
    }
}
