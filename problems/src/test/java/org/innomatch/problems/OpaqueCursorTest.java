package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OpaqueCursorTest {

    @Test
    void aCursorReadsBackToItsKeyAndIsSafeInAUrl() {
        String key = "v1|2026-12-03T10:40:00Z|3f1d2c4b-5a6e-4f70-8b9c-0d1e2f3a4b5c|东";
        String cursor = OpaqueCursor.encode(key);
        assertFalse(cursor.matches(".*[+/=].*"), cursor);
        assertEquals(key, OpaqueCursor.decode(cursor));
    }

    @Test
    void textThatIsNotBase64UrlIsABadRequestNamingTheCursor() {
        ProblemException e = assertThrows(ProblemException.class, () -> OpaqueCursor.decode("not a cursor!"));
        assertEquals(400, e.problem().status());
        assertEquals("cursor", e.problem().errors().get(0).field());
    }
}
