package org.innomatch.localstack;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The matchmaking event of the demo dataset: the fields of {@code POST /api/v1/events} (created {@code OPEN}),
 * the dataset keys of the profiles that register for it and its programme.
 *
 * @param startsAt ISO-8601 with offset, as the API takes it
 * @param sessions the programme: policy presentations and roadshow pitches
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoEvent(String key, String name, String city, String timezone, String startsAt, String endsAt,
                        Integer slotMinutes, Integer tables, String status, List<String> registrations,
                        List<DemoSession> sessions) {

    public DemoEvent {
        registrations = registrations == null ? List.of() : List.copyOf(registrations);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** An event without a programme. */
    public DemoEvent(String key, String name, String city, String timezone, String startsAt, String endsAt,
                     Integer slotMinutes, Integer tables, String status, List<String> registrations) {
        this(key, name, city, timezone, startsAt, endsAt, slotMinutes, tables, status, registrations, null);
    }

    /** The body of {@code POST /api/v1/events}. */
    ObjectNode requestBody(ObjectMapper json) {
        ObjectNode body = json.valueToTree(this);
        body.remove("key");
        body.remove("registrations");
        body.remove("sessions");
        return body;
    }
}
