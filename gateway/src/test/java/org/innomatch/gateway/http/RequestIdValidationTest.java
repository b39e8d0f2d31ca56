package org.innomatch.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdValidationTest {

    @Test
    void acceptsOnlyShortIdsOfSafeCharacters() {
        assertTrue(RequestId.isSane("A-z_0.9"));
        assertTrue(RequestId.isSane("x".repeat(128)));
        assertFalse(RequestId.isSane("x".repeat(129)));
        assertFalse(RequestId.isSane(""));
        assertFalse(RequestId.isSane(null));
        assertFalse(RequestId.isSane("a b"));
        assertFalse(RequestId.isSane("a\nb"));
        assertFalse(RequestId.isSane("a/b"));
    }

    @Test
    void keepsSaneAndReplacesOthers() {
        assertEquals("abc-1", RequestId.acceptOrGenerate("abc-1"));
        String generated = RequestId.acceptOrGenerate("a;b");
        assertNotEquals("a;b", generated);
        assertTrue(RequestId.isSane(generated));
        assertNotEquals(generated, RequestId.acceptOrGenerate(null));
    }

    @Test
    void generatedIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestId.acceptOrGenerate(null);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(uuid.toString(), id);
            assertTrue(seen.add(id), id);
        }
    }
}
