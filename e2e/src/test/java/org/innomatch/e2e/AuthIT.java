package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what through the gateway: a participant with a token from the dev mint acts on its own data and is
 * refused someone else's; a caller without credentials is refused everything but status and the document.
 */
@ExtendWith(WholeSystem.class)
class AuthIT {

    @Test
    void aParticipantReadsItsOwnRecommendationsAndChangesOnlyItsOwnProfile(RunningSystem system) {
        String own = Participants.create(system.api(), Participants.unrelated("Qian Wei", "Yanqing Dairy Cooperative"));
        String other = Participants.create(system.api(), Participants.unrelated("Sun Li", "Miyun Milk Logistics"));
        Gateway participant = system.participant(own);

        JsonNode recommendations = participant.get("/profiles/" + own + "/recommendations/partners?limit=3").json(200);
        assertTrue(recommendations.path("items").isArray(), recommendations.toString());
        Gateway.Reply othersRecommendations = participant.get("/profiles/" + other + "/recommendations/partners?limit=3");
        assertEquals(403, othersRecommendations.status(), "matching-service enforces ownership: " + othersRecommendations);
        assertTrue(othersRecommendations.contentType().startsWith("application/problem+json"), othersRecommendations.toString());

        String ownEtag = participant.get("/profiles/" + own).etag().orElseThrow();
        JsonNode changed = participant.patch("/profiles/" + own, ownEtag,
                Gateway.object().put("needs", "Cold-chain trucks for yoghurt.")).json(200);
        assertEquals("Cold-chain trucks for yoghurt.", changed.path("needs").asText());

        String otherEtag = participant.get("/profiles/" + other).etag().orElseThrow();
        Gateway.Reply refused = participant.patch("/profiles/" + other, otherEtag,
                Gateway.object().put("needs", "Nothing at all."));
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
        assertEquals(403, refused.json().path("status").asInt(), refused.toString());
        assertEquals("Barn ventilation systems and cold-chain logistics software for milk.",
                system.api().get("/profiles/" + other).json(200).path("needs").asText(), "the other profile is unchanged");
    }

    @Test
    void aCallerWithoutCredentialsGetsA401ProblemExceptForStatus(RunningSystem system) {
        String diplomat = system.demoId("eu-rtd-counsellor");
        for (String path : new String[] {"/profiles/" + diplomat, "/profiles/" + diplomat + "/recommendations/partners"}) {
            Gateway.Reply refused = system.anonymous().get(path);
            assertEquals(401, refused.status(), refused.toString());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
            assertEquals(401, refused.json().path("status").asInt(), refused.toString());
            assertTrue(refused.header("WWW-Authenticate").isPresent(), "a 401 says how to authenticate: " + refused);
        }
        Gateway.Reply forged = Gateway.withApiKey(system.gateway(), "imk_0000000000000000_notakey").get("/profiles/" + diplomat);
        assertEquals(401, forged.status(), forged.toString());

        assertEquals(200, system.anonymous().get("/status").status());
    }
}
