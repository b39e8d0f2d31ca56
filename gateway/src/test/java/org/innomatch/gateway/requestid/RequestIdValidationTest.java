package org.innomatch.gateway.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
