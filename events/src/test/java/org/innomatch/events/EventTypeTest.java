package org.innomatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innomatch.events.diagnostics.Ping;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    private static final Pattern TYPE_FORMAT = Pattern.compile("org\\.innomatch(\\.[a-z]+)+\\.v[1-9][0-9]*");

    @Test
    void typeStringsAreUniqueVersionedAndResolveBack() {
        Set<String> seen = new java.util.HashSet<>();
        for (EventType type : EventType.values()) {
            assertTrue(TYPE_FORMAT.matcher(type.type()).matches(), type.type());
            assertTrue(seen.add(type.type()), "duplicate " + type.type());
            assertEquals(type, EventType.fromType(type.type()));
            assertTrue(type.dataClass().isRecord(), type + " data should be a record");
        }
    }

    @Test
    void everyTypeGoesToAnEventTopic() {
        for (EventType type : EventType.values()) {
            assertTrue(Topics.EVENT_TOPICS.contains(type.topic()), type + " -> " + type.topic());
        }
        Set<String> used = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertEquals(Topics.EVENT_TOPICS, used, "a topic without any event type");
        assertEquals(Set.of("innomatch.profiles", "innomatch.projects", "innomatch.api-keys"), Topics.COMPACTED);
    }

    @Test
    void typesAndTopicsAsDocumented() {
        assertEquals("org.innomatch.profile.upserted.v1", EventType.PROFILE_UPSERTED.type());
        assertEquals("innomatch.profiles", EventType.PROFILE_UPSERTED.topic());
        assertEquals("innomatch.projects", EventType.PROJECT_UPSERTED.topic());
        assertEquals("innomatch.events", EventType.EVENT_UPSERTED.topic());
        assertEquals("innomatch.events", EventType.REGISTRATION_CHANGED.topic());
        assertEquals("innomatch.events", EventType.SESSION_CHANGED.topic());
        assertEquals("innomatch.events", EventType.SESSION_FOLLOW_CHANGED.topic());
        assertEquals("innomatch.matches", EventType.MATCH_FOUND.topic());
        assertEquals("innomatch.meetings", EventType.MEETING_CHANGED.topic());
    }

    /** Another module depends on exactly this shape of the ping contract. */
    @Test
    void pingContractIsExactlyAsAgreed() {
        assertEquals("org.innomatch.diagnostics.ping.v1", EventType.PING.type());
        assertEquals("innomatch.ping", EventType.PING.topic());
        assertEquals(Ping.class, EventType.PING.dataClass());
        assertEquals(List.of("id:UUID", "origin:String", "note:String", "sentAt:Instant"),
                Arrays.stream(Ping.class.getRecordComponents())
                        .map(c -> c.getName() + ":" + c.getType().getSimpleName())
                        .toList());
    }

    @Test
    void unknownTypeIsReportedWithItsName() {
        assertEquals(Optional.empty(), EventType.find("org.innomatch.profile.upserted.v2"));
        assertEquals(Optional.empty(), EventType.find(null));
        UnknownEventTypeException e = assertThrows(UnknownEventTypeException.class,
                () -> EventType.fromType("org.innomatch.profile.upserted.v2"));
        assertEquals("org.innomatch.profile.upserted.v2", e.eventType());
        assertTrue(e.getMessage().contains("org.innomatch.profile.upserted.v2"));
    }

    @Test
    void subjectOfRejectsDataOfAnotherType() {
        Ping ping = new Ping(UUID.randomUUID(), "test", "n", Instant.now());
        assertThrows(IllegalArgumentException.class, () -> EventType.PROFILE_UPSERTED.subjectOf(ping));
        assertEquals(ping.id().toString(), EventType.PING.subjectOf(ping));
    }

    @Test
    void tombstoneDataNeedsAUuidSubject() {
        assertThrows(EventFormatException.class,
                () -> EventType.PROFILE_DELETED.tombstoneData("not-a-uuid", Instant.now()));
        assertThrows(IllegalStateException.class,
                () -> EventType.PING.tombstoneData(UUID.randomUUID().toString(), Instant.now()));
    }

    @Test
    void noSampleFileWithoutAType() throws IOException, URISyntaxException {
        URL dir = getClass().getClassLoader().getResource(ContractSamples.CONTRACTS_DIR);
        Path contracts = Paths.get(dir.toURI());
        try (Stream<Path> files = Files.list(contracts)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .filter(name -> EventType.find(name).isEmpty())
                    .toList();
            assertEquals(List.of(), orphans, "contract samples without an EventType");
        }
    }
}
