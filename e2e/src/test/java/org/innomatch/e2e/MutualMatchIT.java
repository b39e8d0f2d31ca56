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
        DemoProfile startup = system.dataset().profile("il-medtech-galilee-cardiosense").orElseThrow();
        DemoProfile cro = system.dataset().profile("cn-boyuan-cro").orElseThrow();
        String startupId = system.demoId(startup.key());
        String croId = system.demoId(cro.key());

        assertEquals(List.of(), Participants.interested(api, startupId, croId), "one side alone is no match");
        List<String> matches = Participants.interested(api, croId, startupId);
        assertEquals(1, matches.size(), "the second INTERESTED makes one mutual match: " + matches);

        JsonNode toStartup = Participants.awaitMatchNotification(api, startupId, croId);
        JsonNode toCro = Participants.awaitMatchNotification(api, croId, startupId);
        assertEquals(matches.get(0), toStartup.path("subject").asText(), "the notification names the match");
        assertEquals(matches.get(0), toCro.path("subject").asText(), "the notification names the match");
        assertTrue(toStartup.path("body").asText().contains(cro.name()), toStartup.toString());
        assertTrue(toCro.path("body").asText().contains(startup.name()), toCro.toString());
        assertEquals(startup.languages().get(0), toStartup.path("language").asText(), toStartup.toString());
        assertEquals(cro.languages().get(0), toCro.path("language").asText(), "in the CRO's language");

        String notificationId = toStartup.path("id").asText();
        assertEquals(204, api.post("/notifications/" + notificationId + "/read", Gateway.object()).status());
        JsonNode unread = api.get("/profiles/" + startupId + "/notifications?unread=true&limit=100").json(200);
        assertTrue(Participants.notificationAbout(unread, croId).isEmpty(), "read, so not unread: " + unread);
        JsonNode all = api.get("/profiles/" + startupId + "/notifications?limit=100").json(200);
        assertTrue(Participants.notificationAbout(all, croId).orElseThrow().path("read").asBoolean(), all.toString());
    }
}
