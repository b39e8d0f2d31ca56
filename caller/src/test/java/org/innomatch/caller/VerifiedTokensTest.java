package org.innomatch.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Caller ADMIN = new Caller(Role.ADMIN, "admin-1", null, null);

    private final ManualClock clock = new ManualClock(NOW);

    @Test
    void aVerifiedTokenNamesItsCallerUntilJustBeforeItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(100, clock);
        tokens.remember("token-a", ADMIN, NOW.plusSeconds(60));

        assertEquals(ADMIN, tokens.callerOf("token-a"));
        clock.set(NOW.plusSeconds(59));
        assertEquals(ADMIN, tokens.callerOf("token-a"));
        clock.set(NOW.plusSeconds(60));
        assertNull(tokens.callerOf("token-a"), "at exp the token must be verified again");
        clock.set(NOW);
        assertNull(tokens.callerOf("token-a"), "an entry found expired is dropped");
    }

    @Test
    void anyOtherTextIsUnknown() {
        VerifiedTokens tokens = new VerifiedTokens(100, clock);
        tokens.remember("header.claims.signature", ADMIN, NOW.plusSeconds(60));

        assertNull(tokens.callerOf("header.claims.signaturf"));
        assertNull(tokens.callerOf("header.claims.signature "));
        assertNull(tokens.callerOf(""));
    }

    @Test
    void aTokenAlreadyExpiredIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(100, clock);
        tokens.remember("token-a", ADMIN, NOW);
        tokens.remember("token-b", ADMIN, NOW.minus(Duration.ofMinutes(1)));

        assertNull(tokens.callerOf("token-a"));
        assertNull(tokens.callerOf("token-b"));
    }

    @Test
    void noEntriesMeansNoCache() {
        VerifiedTokens tokens = new VerifiedTokens(0, clock);
        tokens.remember("token-a", ADMIN, NOW.plusSeconds(60));

        assertNull(tokens.callerOf("token-a"));
    }

    @Test
    void aTokenExpiringFarAheadIsStillHeldAndNamesItsCaller() {
        VerifiedTokens tokens = new VerifiedTokens(100, clock);
        tokens.remember("token-a", ADMIN, Instant.parse("2999-01-01T00:00:00Z"));

        assertEquals(ADMIN, tokens.callerOf("token-a"));
    }
}
