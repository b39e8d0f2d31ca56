package org.innomatch.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innomatch.localstack.DemoProfile;

/** Journeys' own participants (created through the API, so journeys do not disturb each other's demo data). */
final class Participants {

    private Participants() {
    }

    /** A Beijing enterprise with nothing in common with the health and AI crowd of the demo. */
    static ObjectNode unrelated(String name, String organization) {
        ObjectNode body = Gateway.object().put("name", name).put("kind", "ENTERPRISE").put("organization", organization)
                .put("country", "CN").put("offers", "Dairy cattle feed additives and a fleet of refrigerated milk trucks.")
                .put("needs", "Barn ventilation systems and cold-chain logistics software for milk.")
                .put("visibility", "PUBLIC");
        body.putArray("sectors").add("AGRIFOOD");
        body.putArray("keywords").add("dairy");
        body.putArray("cooperationTypes").add("JOINT_VENTURE");
        body.putArray("languages").add("zh");
        return body;
    }

    /** What turns a profile into a good partner of {@code other}: its sectors, offering what it needs and vice versa. */
    static ObjectNode complementOf(DemoProfile other) {
        ObjectNode change = Gateway.object().put("offers", other.needs()).put("needs", other.offers());
        other.sectors().forEach(change.putArray("sectors")::add);
        other.cooperationTypes().forEach(change.putArray("cooperationTypes")::add);
        return change;
    }

    /** A new participant that is a good partner of {@code other}. */
    static ObjectNode partnerOf(DemoProfile other, String name, String organization) {
        ObjectNode body = unrelated(name, organization);
        body.setAll(complementOf(other));
        body.putArray("languages").add("en");
        return body;
    }

    /** Creates a profile and waits until the matching index has it (its own recommendations answer). */
    static String create(Gateway api, ObjectNode body) {
        String id = api.post("/profiles", body).json(201).path("id").asText();
        Eventually.until("the matching index knows the new profile " + id,
                () -> api.get("/profiles/" + id + "/recommendations/partners?limit=1"), reply -> reply.status() == 200);
        return id;
    }

    /** {@code who} says INTERESTED about profile {@code target}; returns the ids of the mutual matches this made. */
    static List<String> interested(Gateway api, String who, String target) {
        ObjectNode decision = Gateway.object().put("targetType", "PROFILE").put("targetId", target)
                .put("decision", "INTERESTED");
        Gateway.Reply reply = api.post("/profiles/" + who + "/interests", decision);
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("expected 201 or 200 from " + reply);
        }
        List<String> matchIds = new ArrayList<>();
        reply.json().path("matchIds").forEach(id -> matchIds.add(id.asText()));
        return matchIds;
    }

    /** The MATCH_FOUND notification in {@code recipient}'s inbox about {@code other}, once it is there. */
    static JsonNode awaitMatchNotification(Gateway api, String recipient, String other) {
        return Eventually.await("a MATCH_FOUND notification about " + other + " in the inbox of " + recipient,
                () -> api.get("/profiles/" + recipient + "/notifications?limit=100").json(200),
                inbox -> notificationAbout(inbox, other));
    }

    static Optional<JsonNode> notificationAbout(JsonNode inbox, String other) {
        for (JsonNode notification : inbox.path("items")) {
            if ("MATCH_FOUND".equals(notification.path("type").asText())
                    && other.equals(notification.path("otherProfileId").asText())) {
                return Optional.of(notification);
            }
        }
        return Optional.empty();
    }
}
