package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoProfile;
import org.innomatch.localstack.DemoProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Whom should I meet, and why?" on the demo data, as the README walkthrough asks it. */
@ExtendWith(WholeSystem.class)
class RecommendationsIT {

    @Test
    void aDiplomatIsRecommendedPartnersWithReasonsThatQuoteTheMatchingTexts(RunningSystem system) {
        DemoProfile diplomat = system.dataset().firstDiplomat().orElseThrow();
        String diplomatId = system.demoId(diplomat.key());

        JsonNode partners = Recommendations.partnersOf(system.api(), diplomatId, 10);

        Recommendations.assertExplainedAndRanked(partners, "profileId", "partners of " + diplomat.key());
        List<String> ids = Recommendations.ids(partners, "profileId");
        assertFalse(ids.contains(diplomatId), "a profile is never recommended to itself: " + ids);
        assertEquals(ids.size(), Set.copyOf(ids).size(), "no partner listed twice: " + ids);
        JsonNode best = partners.path("items").get(0);
        boolean quotesTexts = false;
        for (JsonNode reason : best.path("reasons")) {
            quotesTexts |= "complementarity".equals(reason.path("factor").asText())
                    && reason.path("detail").asText().contains("they offer");
        }
        assertTrue(quotesTexts, "the best partner's reasons say what they offer and the diplomat needs: " + best);
        assertEquals(10, ids.size(), "a full first page");
        assertTrue(partners.path("nextCursor").isTextual(), "more than one page of partners: " + partners);
    }

    @Test
    void aDiplomatIsRecommendedRoadshowProjects(RunningSystem system) {
        String diplomatId = system.demoId(system.dataset().firstDiplomat().orElseThrow().key());

        JsonNode projects = system.api().get("/profiles/" + diplomatId + "/recommendations/projects?limit=5").json(200);

        Recommendations.assertExplainedAndRanked(projects, "projectId", "projects for the first diplomat");
        Set<String> demoProjects = Set.copyOf(system.dataset().projects().stream()
                .map(project -> system.demoId(project.key())).toList());
        assertTrue(demoProjects.containsAll(Recommendations.ids(projects, "projectId")), projects.toString());
    }

    @Test
    void aProjectIsRecommendedParticipantsOtherThanItsOwner(RunningSystem system) {
        DemoProject project = system.dataset().projects().get(0);
        String projectId = system.demoId(project.key());

        JsonNode participants = system.api().get("/projects/" + projectId + "/recommendations/participants?limit=10")
                .json(200);

        Recommendations.assertExplainedAndRanked(participants, "profileId", "participants for " + project.key());
        List<String> ids = Recommendations.ids(participants, "profileId");
        assertFalse(ids.contains(system.demoId(project.owner())), "the owner is not recommended its own project: " + ids);
    }
}
