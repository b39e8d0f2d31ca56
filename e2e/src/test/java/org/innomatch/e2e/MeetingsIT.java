package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two registered participants agree to meet, the organiser runs the scheduler, both agendas show the slot and table
 * (JSON and iCalendar), and both inboxes are told.
 */
@ExtendWith(WholeSystem.class)
class MeetingsIT {

    private static final String REQUESTER = "pk-st-counsellor";
    private static final String INVITEE = "cn-kangning-medical-university";

    @Test
    void aRequestedAndAcceptedMeetingIsScheduledIntoBothAgendasAndInboxes(RunningSystem system) {
        DemoEvent event = system.dataset().event();
        assertTrue(event.registrations().contains(REQUESTER) && event.registrations().contains(INVITEE),
                "both are registered for the demo event");
        String eventId = system.demoId(event.key());
        String requester = system.demoId(REQUESTER);
        String invitee = system.demoId(INVITEE);
        Gateway asRequester = system.participant(requester);
        Gateway asInvitee = system.participant(invitee);

        JsonNode requested = asRequester.post("/events/" + eventId + "/meetings", Gateway.object()
                .put("requesterProfileId", requester).put("inviteeProfileId", invitee)
                .put("message", "Telemedicine pilots in Punjab with your medical university?")).json(201);
        assertEquals("PENDING", requested.path("status").asText(), requested.toString());
        String meetingId = requested.path("meetingId").asText();

        JsonNode accepted = asInvitee.post("/events/" + eventId + "/meetings/" + meetingId + "/accept",
                Gateway.object().put("actorProfileId", invitee)).json(200);
        assertEquals("ACCEPTED", accepted.path("status").asText(), accepted.toString());

        JsonNode run = system.api().post("/events/" + eventId + "/schedule", Gateway.object()).json(200);
        assertTrue(run.toString().contains(meetingId) || scheduledIn(system.api(), eventId, meetingId),
                "the run placed the meeting: " + run);

        JsonNode agenda = asRequester.get("/events/" + eventId + "/agenda?profileId=" + requester).json(200);
        JsonNode item = itemOf(agenda, meetingId).orElseThrow(() -> new AssertionError("not in the agenda: " + agenda));
        assertEquals(invitee, item.path("withProfileId").asText(), item.toString());
        OffsetDateTime slotStart = OffsetDateTime.parse(item.path("slotStart").asText());
        assertTrue(!slotStart.isBefore(OffsetDateTime.parse(event.startsAt()))
                && slotStart.isBefore(OffsetDateTime.parse(event.endsAt())), "slot within the event: " + item);
        assertEquals(event.slotMinutes() * 60L,
                java.time.Duration.between(slotStart, OffsetDateTime.parse(item.path("slotEnd").asText())).toSeconds());
        int table = item.path("table").asInt();
        assertTrue(table >= 1 && table <= event.tables(), "a table of the venue: " + item);
        assertTrue(itemOf(asInvitee.get("/events/" + eventId + "/agenda?profileId=" + invitee).json(200), meetingId)
                .isPresent(), "in the invitee's agenda too");

        Gateway.Reply ics = asRequester.get("/events/" + eventId + "/agenda?profileId=" + requester, "text/calendar");
        assertEquals(200, ics.status(), ics.toString());
        assertTrue(ics.contentType().startsWith("text/calendar"), ics.toString());
        String calendar = ics.body();
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
        assertTrue(calendar.contains("BEGIN:VTIMEZONE") && calendar.contains("TZID:Asia/Shanghai"), calendar);
        assertTrue(calendar.contains("BEGIN:VEVENT") && calendar.contains("UID:" + meetingId + "@innomatch"), calendar);
        assertTrue(calendar.contains("DTSTART;TZID=Asia/Shanghai:"
                + slotStart.toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))), calendar);
        // DTSTAMP is when each copy was made: two requests may fall in different seconds.
        String viaQuery = asRequester.get("/events/" + eventId + "/agenda?profileId=" + requester + "&format=ics").body();
        assertEquals(withoutStamps(calendar), withoutStamps(viaQuery),
                "?format=ics gives the same calendar as Accept: text/calendar");

        awaitNotification(asInvitee, invitee, "MEETING_REQUESTED", meetingId, requester);
        awaitNotification(asRequester, requester, "MEETING_ACCEPTED", meetingId, invitee);
        awaitNotification(asRequester, requester, "MEETING_SCHEDULED", meetingId, invitee);
        awaitNotification(asInvitee, invitee, "MEETING_SCHEDULED", meetingId, requester);
    }

    private static String withoutStamps(String calendar) {
        return calendar.replaceAll("(?m)^DTSTAMP:\\d{8}T\\d{6}Z\\r?\\n", "");
    }

    private static boolean scheduledIn(Gateway api, String eventId, String meetingId) {
        return api.get("/events/" + eventId + "/schedule").json(200).toString().contains(meetingId);
    }

    private static Optional<JsonNode> itemOf(JsonNode agenda, String meetingId) {
        for (JsonNode item : agenda.path("items")) {
            if (meetingId.equals(item.path("meetingId").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static void awaitNotification(Gateway api, String recipient, String type, String meetingId, String other) {
        JsonNode notification = Eventually.await(type + " about meeting " + meetingId + " in the inbox of " + recipient,
                () -> api.get("/profiles/" + recipient + "/notifications?limit=100").json(200), inbox -> {
                    for (JsonNode n : inbox.path("items")) {
                        if (type.equals(n.path("type").asText()) && meetingId.equals(n.path("subject").asText())) {
                            return Optional.of(n);
                        }
                    }
                    return Optional.empty();
                });
        assertEquals(other, notification.path("otherProfileId").asText(), notification.toString());
    }
}
