package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void roundTripsToTheMicrosecond() {
        KeysetCursor cursor = new KeysetCursor(Instant.parse("2026-11-23T09:30:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, KeysetCursor.decodeOrNull(cursor.encode()));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(KeysetCursor.decodeOrNull(null));
        assertNull(KeysetCursor.decodeOrNull(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "%%%", "djF8", "djF8MXwy", "v1|1.0|not-a-uuid", "eDJ8MS4wfDZiMWY"})
    void anythingElseIs400NamingTheCursor(String cursor) {
        String encoded = cursor.startsWith("v1|")
                ? Base64.getUrlEncoder().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)) : cursor;
        ProblemException problem = assertThrows(ProblemException.class, () -> KeysetCursor.decodeOrNull(encoded));
        assertEquals(400, problem.status());
        assertEquals("cursor", problem.problem().errors().get(0).field());
    }
}
