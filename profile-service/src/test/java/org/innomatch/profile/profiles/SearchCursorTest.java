package org.innomatch.profile.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    @Test
    void aCreationOrderCursorReadsBackExactly() {
        SearchCursor cursor = SearchCursor.afterCreated(Instant.parse("2026-11-23T09:30:00.123456Z"), UUID.randomUUID());
        String encoded = cursor.encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), encoded);
        assertEquals(cursor, SearchCursor.decode(encoded));
    }

    @Test
    void aRankCursorKeepsEveryBitOfTheRank() {
        double rank = (double) 0.0607927f;
        SearchCursor cursor = SearchCursor.afterRank(rank, UUID.randomUUID());
        SearchCursor decoded = SearchCursor.decode(cursor.encode());
        assertEquals(Double.doubleToLongBits(rank), Double.doubleToLongBits(decoded.rank()));
        assertTrue(decoded.ranked());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "djF8eHwxfDI", "bm9wZQ"})
    void rejectsWhatItDidNotIssue(String text) {
        assertThrows(IllegalArgumentException.class, () -> SearchCursor.decode(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1|c|yesterday|6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "v1|r|NaN|6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90",
            "v1|r|0.5|not-a-uuid", "v2|r|0.5|6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "v1|c|2026-11-23T09:30:00Z"})
    void rejectsMalformedContent(String plain) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> SearchCursor.decode(encoded));
    }
}
