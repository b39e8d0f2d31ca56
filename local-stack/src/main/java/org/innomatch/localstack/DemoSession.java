package org.innomatch.localstack;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A session in the programme of the demo event: the fields of {@code POST /api/v1/events/{id}/sessions}, with the
 * speakers and the pitched project given by their dataset keys instead of ids.
 *
 * @param key      stable dataset key
 * @param speakers dataset keys of the speaking profiles
 * @param project  dataset key of the project a ROADSHOW_PITCH presents
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoSession(String key, String kind, String title, String description, String startsAt, String endsAt,
                          String room, Integer capacity, List<String> speakers, String project) {

    public DemoSession {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** The request body, with the ids the services gave the speakers and the project. */
    ObjectNode requestBody(ObjectMapper json, List<String> speakerIds, String projectId) {
        ObjectNode body = json.valueToTree(this);
        body.remove("key");
        body.remove("speakers");
        body.remove("project");
        ArrayNode ids = body.putArray("speakerProfileIds");
        speakerIds.forEach(ids::add);
        if (projectId != null) {
            body.put("projectId", projectId);
        }
        return body;
    }
}
