package org.innomatch.matching.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.innomatch.matching.meetings.MeetingFixtures.act;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.eventmodel.EventModelStore;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Table, room and online meetings: validation, placement without a table, agenda JSON and calendar. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics",
        value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,"
                + "innomatch.meetings:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class MeetingModesApiTest {

    private static final String LINK = "https://meet.example.org/innomatch-7f3a";

    private static TestEvents events;

    @Inject
    EventModelStore store;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void ready() {
        Await.ready();
    }

    @Test
    void badModeRoomOrLinkIsAProblemNamingTheFieldAndStoresNothing() {
        var e = MeetingFixtures.event(events, store, 2, 1);
        request(e, 0, 1, "ONLINE", null, null).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("link"));
        request(e, 0, 1, "ONLINE", null, "http://meet.example.org/x").then().statusCode(422)
                .body("errors[0].field", equalTo("link"))
                .body("errors[0].message", containsString("https"));
        request(e, 0, 1, "TABLE", "B2", LINK).then().statusCode(422)
                .body("errors.field", equalTo(List.of("room", "link")));
        request(e, 0, 1, "HOLOGRAM", null, null).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("mode"));
        given().get("/events/{id}/meetings?profileId={p}", e.id(), e.p(0)).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void onlineAndRoomMeetingsArePlacedWithoutATableAndShownInTheAgenda() {
        var e = MeetingFixtures.event(events, store, 6, 1);
        String table = accepted(request(e, 0, 1, null, null, null), e, 1);
        String online = accepted(request(e, 2, 3, "ONLINE", null, LINK), e, 3);
        String room = accepted(request(e, 4, 5, "ROOM", "Meeting room B2", LINK), e, 5);
        given().contentType(ContentType.JSON).body("{}").post("/events/{id}/schedule", e.id()).then().statusCode(200)
                .body("scheduled", equalTo(3));

        String slot0 = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.start());
        given().get("/events/{id}/meetings/{mid}", e.id(), table).then().body("mode", equalTo("TABLE"))
                .body("table", equalTo(1)).body("slotStart", equalTo(slot0));
        given().get("/events/{id}/meetings/{mid}", e.id(), online).then().body("status", equalTo("SCHEDULED"))
                .body("mode", equalTo("ONLINE")).body("link", equalTo(LINK)).body("table", nullValue())
                .body("slotStart", equalTo(slot0));
        given().get("/events/{id}/meetings/{mid}", e.id(), room).then().body("mode", equalTo("ROOM"))
                .body("room", equalTo("Meeting room B2")).body("table", nullValue())
                .body("slotStart", equalTo(slot0));
        given().get("/events/{id}/schedule", e.id()).then().statusCode(200);

        given().get("/events/{id}/agenda?profileId={p}", e.id(), e.p(2)).then().statusCode(200)
                .body("items[0].mode", equalTo("ONLINE")).body("items[0].link", equalTo(LINK))
                .body("items[0].table", nullValue());
        String ics = given().get("/events/{id}/agenda?profileId={p}&format=ics", e.id(), e.p(2)).then()
                .statusCode(200).extract().asString();
        assertTrue(ics.contains("\r\nURL:" + LINK + "\r\n"), ics);
        assertTrue(ics.contains("\r\nLOCATION:Online\r\n"), ics);
        String roomIcs = given().get("/events/{id}/agenda?profileId={p}&format=ics", e.id(), e.p(4)).then()
                .statusCode(200).extract().asString();
        assertTrue(roomIcs.contains("LOCATION:Beijing\\, room Meeting room B2"), roomIcs);
        String tableIcs = given().get("/events/{id}/agenda?profileId={p}&format=ics", e.id(), e.p(0)).then()
                .statusCode(200).extract().asString();
        assertTrue(tableIcs.contains("LOCATION:Beijing\\, table 1"), tableIcs);
    }

    private static String accepted(Response created, MeetingFixtures.Event e, int invitee) {
        String id = created.then().statusCode(201).extract().path("meetingId");
        act(e.id(), id, "accept", e.p(invitee), null).then().statusCode(200);
        return id;
    }

    private static Response request(MeetingFixtures.Event e, int a, int b, String mode, String room, String link) {
        Map<String, Object> body = new HashMap<>();
        body.put("requesterProfileId", e.p(a).toString());
        body.put("inviteeProfileId", e.p(b).toString());
        body.put("preferredSlots", List.of(e.start().toString()));
        if (mode != null) {
            body.put("mode", mode);
        }
        if (room != null) {
            body.put("room", room);
        }
        if (link != null) {
            body.put("link", link);
        }
        return given().contentType(ContentType.JSON).body(body).post("/events/{id}/meetings", e.id());
    }
}
