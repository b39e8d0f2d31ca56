package org.innomatch.project.matchmaking;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;

final class EventApi {

    private EventApi() {
    }

    static Map<String, Object> body(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "5th Matchmaking Event for Innovation Resources with S&T Diplomats");
        body.put("city", "Beijing");
        body.put("timezone", "Asia/Shanghai");
        body.put("startsAt", "2026-12-03T09:00:00+08:00");
        body.put("endsAt", "2026-12-03T17:30:00+08:00");
        body.put("slotMinutes", 20);
        body.put("tables", 24);
        if (status != null) {
            body.put("status", status);
        }
        return body;
    }

    static String create(String status) {
        return given().contentType(ContentType.JSON).body(body(status)).when().post("/events")
                .then().statusCode(201).extract().path("id");
    }
}
