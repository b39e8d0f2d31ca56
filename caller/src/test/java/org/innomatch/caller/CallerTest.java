package org.innomatch.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innomatch.problems.ProblemException;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final Caller ADMIN = new Caller(Role.ADMIN, "root", null, null);
    private static final Caller PARTNER = new Caller(Role.PARTNER, "key-1", "embassy-pl", null);
    private static final Caller PARTICIPANT = new Caller(Role.PARTICIPANT, "p-1", null, null);

    @Test
    void ownershipMatrix() {
        assertTrue(ADMIN.mayManage("p-9", "other"));
        assertTrue(ADMIN.mayManage(null, null));
        assertTrue(PARTNER.mayManage("p-9", "embassy-pl"));
        assertFalse(PARTNER.mayManage("p-9", "embassy-ca"));
        assertFalse(PARTNER.mayManage("p-9", null));
        assertTrue(PARTICIPANT.mayManage("p-1", "embassy-ca"));
        assertFalse(PARTICIPANT.mayManage("p-2", null));
        assertFalse(PARTICIPANT.mayManage(null, null));
    }

    @Test
    void roleCheckNamesTheRefusedAction() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> PARTNER.requireRole("create matchmaking events", Role.ADMIN));
        assertEquals(403, refused.status());
        assertEquals("A partner may not create matchmaking events", refused.problem().detail());
        ADMIN.requireRole("create matchmaking events", Role.ADMIN);
    }

    @Test
    void aPartnerAlwaysHasAPartnerId() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(Role.PARTNER, "key-1", null, null));
        assertEquals("embassy-pl", PARTNER.partner().orElseThrow());
        assertTrue(PARTICIPANT.partner().isEmpty());
        assertEquals("p-1", PARTICIPANT.participantProfileId().orElseThrow());
    }
}
