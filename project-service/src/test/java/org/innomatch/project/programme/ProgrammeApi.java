package org.innomatch.project.programme;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innomatch.caller.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Programme requests as the organiser's console would send them; the event is the Beijing day of 3 Dec 2026. */
final class ProgrammeApi {

    private ProgrammeApi() {
    }

    static String event(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "5th Matchmaking Event for Innovation Resources with S&T Diplomats");
        body.put("city", "Beijing");
        body.put("timezone", "Asia/Shanghai");
        body.put("startsAt", "2026-12-03T09:00:00+08:00");
        body.put("endsAt", "2026-12-03T17:30:00+08:00");
        body.put("slotMinutes", 20);
        body.put("tables", 24);
        body.put("status", status);
        return given().contentType(ContentType.JSON).body(body).when().post("/events")
                .then().statusCode(201).extract().path("id");
    }

    /** A valid panel body at {@code from}–{@code to} (local times of 3 Dec at +08:00); tests change members. */
    static Map<String, Object> panel(String from, String to, String room) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PANEL");
        body.put("title", "Intelligent manufacturing: what Beijing factories need");
        body.put("startsAt", "2026-12-03T" + from + ":00+08:00");
        body.put("endsAt", "2026-12-03T" + to + ":00+08:00");
        body.put("room", room);
        body.put("speakerProfileIds", new ArrayList<>(List.of()));
        return body;
    }

    static String create(String event, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(sessions(event))
                .then().statusCode(201).extract().path("id");
    }

    static String sessions(String event) {
        return "/events/" + event + "/sessions";
    }

    static String session(String event, String session) {
        return sessions(event) + "/" + session;
    }

    static String follower(String event, String session, UUID profile) {
        return session(event, session) + "/followers/" + profile;
    }

    static void register(String event, UUID profile) {
        given().contentType(ContentType.JSON).body(Map.of("profileId", profile)).when()
                .post("/events/" + event + "/registrations").then().statusCode(201);
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    static RequestSpecification asParticipant(UUID profile) {
        return as(TestTokens.internalParticipant(profile.toString()));
    }
}
