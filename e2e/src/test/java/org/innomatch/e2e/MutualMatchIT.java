package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innomatch.localstack.DemoProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two INTERESTED sides make a mutual match, both are told in their own language, and each sees the other's contact
 * details until one of them withdraws its interest.
 */
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

    @Test
    void theContactAMatchOpenedClosesWhenASideWithdrawsItsInterest(RunningSystem system) {
        Gateway api = system.api();
        ObjectNode first = Participants.unrelated("Li Na", "Huairou Dairy Farm");
        first.putObject("contact").put("email", "li.na@huairou-dairy.example");
        ObjectNode second = Participants.unrelated("Wang Fang", "Shunyi Cold Chain Co.");
        second.putObject("contact").put("email", "wang.fang@shunyi-coldchain.example");
        String a = Participants.create(api, first);
        String b = Participants.create(api, second);
        Gateway asA = system.participant(a);
        Gateway asB = system.participant(b);
        assertFalse(asA.get("/profiles/" + b).json(200).has("contact"), "no contact before a match");

        Participants.interested(api, a, b);
        assertEquals(1, Participants.interested(api, b, a).size(), "a mutual match");
        Eventually.until("a sees b's contact once they match", () -> asA.get("/profiles/" + b),
                reply -> reply.json(200).path("contact").path("email").asText()
                        .equals("wang.fang@shunyi-coldchain.example"));
        Eventually.until("b sees a's contact once they match", () -> asB.get("/profiles/" + a),
                reply -> reply.json(200).has("contact"));

        ObjectNode withdrawn = Gateway.object().put("targetType", "PROFILE").put("targetId", b)
                .put("decision", "NOT_INTERESTED");
        assertEquals(200, api.post("/profiles/" + a + "/interests", withdrawn).status());
        Eventually.until("b no longer sees a's contact once a withdrew", () -> asB.get("/profiles/" + a),
                reply -> !reply.json(200).has("contact"));
        Eventually.until("a no longer sees b's contact once a withdrew", () -> asA.get("/profiles/" + b),
                reply -> !reply.json(200).has("contact"));
        assertEquals(0, api.get("/profiles/" + a + "/matches").json(200).get("items").size(), "the match is over");
    }
}
