package org.innomatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.innomatch.events.diagnostics.Ping;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.events.projects.ProjectUpserted.Money;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EventJsonTest {

    @Test
    void datesAreIsoStringsAndKeepTheirOffset() throws Exception {
        EventUpserted event = (EventUpserted) ContractSamples.built(EventType.EVENT_UPSERTED);

        JsonNode json = EventJson.mapper().readTree(EventJson.serialize(event));

        assertEquals("2026-12-03T09:00:00+08:00", json.get("startsAt").asText());
        assertEquals("2026-11-01T02:00:00Z", json.get("updatedAt").asText());
        EventUpserted read = (EventUpserted) EventJson.deserialize(EventJson.serialize(event), EventType.EVENT_UPSERTED);
        assertEquals(ZoneOffset.ofHours(8), read.startsAt().getOffset());
        assertEquals(9, read.startsAt().getHour());
    }

    @Test
    void moneyIsWrittenAsAPlainNumber() throws Exception {
        Money money = new Money(new BigDecimal("2.5E+6"), "USD");
        assertEquals("{\"amount\":2500000,\"currency\":\"USD\"}", EventJson.serializeToString(money));
    }

    @Test
    void typedDeserializeChecksTheDataClass() {
        Ping ping = new Ping(UUID.randomUUID(), "gateway", "typed", Instant.parse("2026-11-23T20:00:00Z"));
        byte[] json = EventJson.serialize(ping);

        assertEquals(ping, EventJson.deserialize(json, EventType.PING, Ping.class));
        assertThrows(IllegalArgumentException.class,
                () -> EventJson.deserialize(json, EventType.PING, ProfileUpserted.class));
    }

    @Test
    void mapperIsSharedAndNewMapperIsFresh() {
        assertSame(EventJson.mapper(), EventJson.mapper());
        assertTrue(EventJson.newMapper() != EventJson.mapper());
    }

    @Test
    void contractInvariantsAreEnforcedOnRead() {
        String trl12 = "{\"id\":\"7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7\",\"trl\":12}";
        EventFormatException e = assertThrows(EventFormatException.class,
                () -> EventJson.deserialize(trl12, EventType.PROJECT_UPSERTED));
        assertTrue(e.getMessage().contains("org.innomatch.project.upserted.v1"), e.getMessage());
        assertTrue(e.getMessage().contains("trl"), e.getMessage());
    }

    @Test
    void missingListsReadAsEmptyAndListsAreImmutable() {
        ProjectUpserted read = (ProjectUpserted) EventJson.deserialize(
                "{\"id\":\"7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7\",\"title\":\"Minimal\"}", EventType.PROJECT_UPSERTED);
        assertEquals(List.of(), read.sectors());
        assertEquals(List.of(), read.keywords());

        List<String> sectors = new ArrayList<>(List.of("AI"));
        ProfileUpserted profile = new ProfileUpserted(UUID.randomUUID(), "n", "STARTUP", "o", "IL", sectors, null, null,
                null, null, null, null, "PUBLIC", null, 1, null, null);
        sectors.add("HEALTH");
        assertEquals(List.of("AI"), profile.sectors());
        assertThrows(UnsupportedOperationException.class, () -> profile.sectors().add("FINTECH"));
    }

    @Test
    void offsetDateTimeFromAnotherZoneIsNotShifted() {
        OffsetDateTime deadline = OffsetDateTime.parse("2027-03-31T23:59:59+03:00");
        ProjectUpserted read = (ProjectUpserted) EventJson.deserialize(
                "{\"id\":\"7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7\",\"deadline\":\"2027-03-31T23:59:59+03:00\"}",
                EventType.PROJECT_UPSERTED);
        assertEquals(deadline, read.deadline());
    }
}
