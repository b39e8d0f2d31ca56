package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.events.EventType;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.TestEvents;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Matchmaking events and registrations produced to innomatch.events as project-service would. */
public final class MeetingFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private MeetingFixtures() {
    }

    /** An event in Beijing tomorrow 09:00–17:00 (20-minute slots, lunch 12:00–13:00) with {@code n} registered participants. */
    public static Event event(TestEvents events, EventModelStore store, int n, int tables) {
        OffsetDateTime start = Instant.now().plus(Duration.ofDays(2)).atZone(SHANGHAI).truncatedTo(ChronoUnit.DAYS)
                .withHour(9).toOffsetDateTime();
        return event(events, store, n, tables, start, start.withHour(17));
    }

    static Event event(TestEvents events, EventModelStore store, int n, int tables, OffsetDateTime start, OffsetDateTime end) {
        UUID id = UUID.randomUUID();
        List<EventUpserted.Break> breaks = start.getHour() == 9 && end.getHour() == 17
                ? List.of(new EventUpserted.Break(start.withHour(12), start.withHour(13), "Lunch")) : List.of();
        events.send(EventType.EVENT_UPSERTED, new EventUpserted(id, "Matchmaking " + id, "Beijing", "Asia/Shanghai",
                start, end, 20, tables, "OPEN", 1, Instant.now(), breaks));
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID p = UUID.randomUUID();
            people.add(p);
            events.send(EventType.REGISTRATION_CHANGED, new RegistrationChanged(id, p, "REGISTERED", Instant.now()));
        }
        UUID last = people.isEmpty() ? null : people.get(n - 1);
        Await.until(Duration.ofSeconds(30), "event and registrations stored",
                () -> store.event(id).isPresent() && (last == null || store.isRegistered(id, last)));
        return new Event(id, start, people);
    }

    public record Event(UUID id, OffsetDateTime start, List<UUID> people) {
        UUID p(int i) {
            return people.get(i);
        }
    }

    static Response request(UUID event, UUID requester, UUID invitee) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("requesterProfileId", requester.toString(), "inviteeProfileId", invitee.toString(),
                        "message", "Shall we talk about clinical validation?"))
                .post("/events/{id}/meetings", event);
    }

    static String created(UUID event, UUID requester, UUID invitee) {
        return request(event, requester, invitee).then().statusCode(201).extract().path("meetingId");
    }

    static Response act(UUID event, String meetingId, String action, UUID actor, String reason) {
        Map<String, Object> body = reason == null ? Map.of("actorProfileId", actor.toString())
                : Map.of("actorProfileId", actor.toString(), "reason", reason);
        return given().contentType(ContentType.JSON).body(body)
                .post("/events/{id}/meetings/{mid}/" + action, event, meetingId);
    }
}
