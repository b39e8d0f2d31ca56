package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;


import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Erasure: a deleted profile leaves the others' recommendations, and its inbox is emptied. */
@ExtendWith(WholeSystem.class)
class ProfileErasureIT {

    @Test
    void aDeletedProfileDisappearsFromRecommendationsAndItsInboxIsErased(RunningSystem system) {
        Gateway api = system.api();
        DemoProfile other = system.dataset().profile("pl-wawel-pathology-ai").orElseThrow();
        String otherId = system.demoId(other.key());
        String leaving = Participants.create(api, Participants.partnerOf(other, "Qian Yu", "Beijing Slide Archive Ltd."));
        Eventually.await(other.key() + " is recommended the new partner",
                () -> Recommendations.partnersOf(api, otherId, 100),
                page -> Recommendations.item(page, "profileId", leaving));
        Participants.interested(api, otherId, leaving);
        assertEquals(1, Participants.interested(api, leaving, otherId).size(), "a mutual match");
        Participants.awaitMatchNotification(api, leaving, otherId);

        assertEquals(204, api.delete("/profiles/" + leaving).status());

        assertEquals(404, api.get("/profiles/" + leaving).status(), "erased from profile-service");
        Eventually.until("the erased profile is no longer recommended to " + other.key(),
                () -> Recommendations.partnersOf(api, otherId, 100),
                page -> Recommendations.item(page, "profileId", leaving).isEmpty());
        Eventually.until("the erased profile's inbox is empty",
                () -> api.get("/profiles/" + leaving + "/notifications?limit=100").json(200),
                inbox -> inbox.path("items").isEmpty());
        Eventually.until("the erased profile gets no recommendations any more",
                () -> api.get("/profiles/" + leaving + "/recommendations/partners"), reply -> reply.status() == 404);
        JsonNode decision = Gateway.object().put("targetType", "PROFILE").put("targetId", leaving)
                .put("decision", "INTERESTED");
        assertEquals(404, api.post("/profiles/" + otherId + "/interests", decision).status(),
                "no interest can be expressed in an erased profile");
    }
}
