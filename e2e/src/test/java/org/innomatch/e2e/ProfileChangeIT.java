package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A change to a profile reaches someone else's recommendations: profile-service → Kafka → the matching index. */
@ExtendWith(WholeSystem.class)
class ProfileChangeIT {

    private static final int FIRST_PAGE = 10;

    @Test
    void aProfileThatNowNeedsWhatAnotherOffersAppearsInItsRecommendations(RunningSystem system) {
        Gateway api = system.api();
        DemoProfile other = system.dataset().profile("il-negev-vision").orElseThrow();
        String otherId = system.demoId(other.key());
        String changing = Participants.create(api, Participants.unrelated("Zhao Min", "Yanqing Dairy Cooperative"));
        assertTrue(Recommendations.item(Recommendations.partnersOf(api, otherId, FIRST_PAGE), "profileId", changing)
                .isEmpty(), "a dairy cooperative is not among the first partners of " + other.key() + " yet");

        JsonNode before = api.get("/profiles/" + changing).json(200);
        String etag = api.get("/profiles/" + changing).etag().orElseThrow(() -> new AssertionError("no ETag on GET"));
        JsonNode patched = api.patch("/profiles/" + changing, etag, Participants.complementOf(other)).json(200);
        assertEquals(other.offers(), patched.path("needs").asText(), "the new needs are stored");
        assertEquals(before.path("version").asLong() + 1, patched.path("version").asLong(), patched.toString());
        long changedAt = System.nanoTime();

        JsonNode recommended = Eventually.await(other.key() + " is recommended the changed profile among its first "
                        + FIRST_PAGE + " partners",
                () -> Recommendations.partnersOf(api, otherId, FIRST_PAGE),
                page -> Recommendations.item(page, "profileId", changing));
        System.out.printf(Locale.ROOT, "[e2e] a profile change reached another profile's recommendations after %d ms%n",
                (System.nanoTime() - changedAt) / 1_000_000);

        // The changed profile now needs what the other offers: from the other's side, that is reciprocity.
        Optional<JsonNode> reciprocity = Optional.empty();
        for (JsonNode reason : recommended.path("reasons")) {
            if ("reciprocity".equals(reason.path("factor").asText())) {
                reciprocity = Optional.of(reason);
            }
        }
        assertTrue(reciprocity.isPresent(), "reciprocity explains the recommendation: " + recommended);
        String detail = reciprocity.get().path("detail").asText();
        assertTrue(detail.contains("they need"), "the reason quotes what the changed profile now needs: " + detail);
        assertFalse(detail.toLowerCase(Locale.ROOT).contains("dairy"), "nothing of the old texts is left: " + detail);
    }
}
