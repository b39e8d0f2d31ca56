package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two INTERESTED sides make a mutual match, and both are told in their own language. */
@ExtendWith(WholeSystem.class)
class MutualMatchIT {

    @Test
    void twoInterestedSidesMakeAMutualMatchThatLandsInBothInboxes(RunningSystem system) {
        Gateway api = system.api();
        DemoProfile startup = system.dataset().profile("ca-medtech-northpulse").orElseThrow();
        DemoProfile hospital = system.dataset().profile("cn-chaoyue-cardio-hospital").orElseThrow();
        String startupId = system.demoId(startup.key());
        String hospitalId = system.demoId(hospital.key());

        assertEquals(List.of(), Participants.interested(api, startupId, hospitalId), "one side alone is no match");
        List<String> matches = Participants.interested(api, hospitalId, startupId);
        assertEquals(1, matches.size(), "the second INTERESTED makes one mutual match: " + matches);

        JsonNode toStartup = Participants.awaitMatchNotification(api, startupId, hospitalId);
        JsonNode toHospital = Participants.awaitMatchNotification(api, hospitalId, startupId);
        assertEquals(matches.get(0), toStartup.path("subject").asText(), "the notification names the match");
        assertEquals(matches.get(0), toHospital.path("subject").asText(), "the notification names the match");
        assertTrue(toStartup.path("body").asText().contains(hospital.name()), toStartup.toString());
        assertTrue(toHospital.path("body").asText().contains(startup.name()), toHospital.toString());
        assertEquals(startup.languages().get(0), toStartup.path("language").asText(), toStartup.toString());
        assertEquals(hospital.languages().get(0), toHospital.path("language").asText(), "in the hospital's language");

        String notificationId = toStartup.path("id").asText();
        assertEquals(204, api.post("/notifications/" + notificationId + "/read", Gateway.object()).status());
        JsonNode unread = api.get("/profiles/" + startupId + "/notifications?unread=true&limit=100").json(200);
        assertTrue(Participants.notificationAbout(unread, hospitalId).isEmpty(), "read, so not unread: " + unread);
        JsonNode all = api.get("/profiles/" + startupId + "/notifications?limit=100").json(200);
        assertTrue(Participants.notificationAbout(all, hospitalId).orElseThrow().path("read").asBoolean(), all.toString());
    }
}
