package org.innomatch.matching.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Two profiles that each offer what the other needs, indexed and recommended to each other. */
public final class ComplementaryPairs {

    private ComplementaryPairs() {
    }

    /** A startup in Israel and an institute in China around {@code topic}, once each is recommended to the other. */
    public static UUID[] create(TestEvents events, String topic) {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String t = topic.toLowerCase(Locale.ROOT);
        events.upsert(TestEvents.profile(a, topic + " Startup", "STARTUP", "IL", List.of("ENVIRONMENT"),
                t + " pilot plant technology.", t + " research partner with test facilities.",
                List.of(t), List.of("JOINT_RESEARCH"), List.of("en"), 1));
        events.upsert(TestEvents.profile(b, topic + " Institute", "RESEARCH_INSTITUTE", "CN", List.of("ENVIRONMENT"),
                t + " research partner with test facilities.", t + " pilot plant technology.",
                List.of(t), List.of("JOINT_RESEARCH"), List.of("zh", "en"), 1));
        // Searchable, not only known: the searcher refreshes shortly after the candidate map is updated.
        Await.until(Duration.ofSeconds(10), "pair indexed and searchable", () ->
                given().get("/profiles/{id}/recommendations/partners", a).statusCode() == 200
                        && given().get("/profiles/{id}/recommendations/partners", b).statusCode() == 200
                        && partnerIds(a).contains(b.toString()) && partnerIds(b).contains(a.toString()));
        return new UUID[] {a, b};
    }

    /** The profile ids recommended to {@code profile} as partners, the first 100. */
    public static List<String> partnerIds(UUID profile) {
        return given().queryParam("limit", 100).get("/profiles/{id}/recommendations/partners", profile)
                .then().statusCode(200).extract().jsonPath().getList("items.profileId");
    }
}
