package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading and checking recommendation lists ({@code {"items":[{"profileId"|"projectId","score","reasons"}]}}). */
final class Recommendations {

    private Recommendations() {
    }

    static JsonNode partnersOf(Gateway api, String profileId, int limit) {
        return api.get("/profiles/" + profileId + "/recommendations/partners?limit=" + limit).json(200);
    }

    /** The ids of a list's items, best first. */
    static List<String> ids(JsonNode page, String idField) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path(idField).asText()));
        return ids;
    }

    static Optional<JsonNode> item(JsonNode page, String idField, String id) {
        for (JsonNode item : page.path("items")) {
            if (id.equals(item.path(idField).asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * What every list promises: items best first, scores in (0, 1], every item explained by reasons with a factor and a
     * detail text, and the reasons' contributions adding up to the score.
     */
    static void assertExplainedAndRanked(JsonNode page, String idField, String context) {
        JsonNode items = page.path("items");
        assertTrue(items.isArray() && items.size() > 0, context + ": no recommendations in " + page);
        double previous = Double.MAX_VALUE;
        for (JsonNode item : items) {
            String id = item.path(idField).asText("");
            assertFalse(id.isBlank(), context + ": an item without " + idField + ": " + item);
            double score = item.path("score").asDouble(-1);
            assertTrue(score > 0 && score <= 1, context + ": score out of (0, 1]: " + item);
            assertTrue(score <= previous, context + ": not best first at " + item);
            previous = score;
            JsonNode reasons = item.path("reasons");
            assertTrue(reasons.isArray() && reasons.size() > 0, context + ": an item without reasons: " + item);
            double sum = 0;
            for (JsonNode reason : reasons) {
                assertFalse(reason.path("factor").asText("").isBlank(), context + ": a reason without factor: " + item);
                assertFalse(reason.path("detail").asText("").isBlank(), context + ": a reason without detail: " + item);
                sum += reason.path("contribution").asDouble();
            }
            assertEquals(score, sum, 0.01, context + ": the contributions do not add up to the score: " + item);
        }
    }
}
