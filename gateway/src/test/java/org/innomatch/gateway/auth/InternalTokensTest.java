package org.innomatch.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;

import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;

class InternalTokensTest {

    /** Background renewals, run when a test says so. */
    private final Queue<Runnable> renewals = new ArrayDeque<>();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final InternalTokens tokens = new InternalTokens(newKey(), Duration.ofSeconds(60), clock, renewals::add);

    private final Identity alice = new Identity(Role.PARTICIPANT, "alice", null, null);
    private final Identity bob = new Identity(Role.PARTICIPANT, "bob", null, null);

    @Test
    void aCallerReusesItsTokenWhileMoreThanHalfItsLifetimeIsLeft() {
        String first = tokens.tokenFor(alice);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(first, tokens.tokenFor(alice));
        assertTrue(renewals.isEmpty());
    }

    @Test
    void pastHalfItsLifetimeATokenIsStillForwardedWhileItsSuccessorIsSignedInTheBackground() {
        String first = tokens.tokenFor(alice);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(first, tokens.tokenFor(alice), "no signature on the calling thread");
        assertEquals(first, tokens.tokenFor(alice));
        assertEquals(1, renewals.size(), "one renewal per caller, however many calls come meanwhile");

        runRenewals();
        String second = tokens.tokenFor(alice);
        assertNotEquals(first, second, "renewed once half the 60 s lifetime has passed");
        clock.advance(Duration.ofSeconds(29));
        assertEquals(second, tokens.tokenFor(alice));
        assertTrue(renewals.isEmpty());
    }

    @Test
    void aTokenWithLessThanAQuarterOfItsLifetimeLeftIsNeverForwarded() {
        String first = tokens.tokenFor(alice);
        clock.advance(Duration.ofSeconds(30));
        tokens.tokenFor(alice);
        // The renewal has not run (a stalled signer): at 45 s the call signs for itself.
        clock.advance(Duration.ofSeconds(15));
        String signedInline = tokens.tokenFor(alice);
        assertNotEquals(first, signedInline);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(signedInline, tokens.tokenFor(alice));
    }

    @Test
    void theForwardedHeaderValueIsTheBearerTokenMadeOncePerToken() {
        CharSequence header = tokens.authorizationFor(alice);
        assertEquals("Bearer " + tokens.tokenFor(alice), header.toString());
        assertSame(header, tokens.authorizationFor(alice));
        clock.advance(Duration.ofSeconds(30));
        tokens.authorizationFor(alice);
        runRenewals();
        assertEquals("Bearer " + tokens.tokenFor(alice), tokens.authorizationFor(alice).toString());
        assertNotEquals(header.toString(), tokens.authorizationFor(alice).toString());
    }

    @Test
    void callersNeverShareATokenEvenWithTheSameSubjectUnderAnotherRole() {
        assertNotEquals(tokens.tokenFor(alice), tokens.tokenFor(bob));
        assertNotEquals(tokens.tokenFor(alice), tokens.tokenFor(new Identity(Role.ADMIN, "alice", null, null)));
    }

    private void runRenewals() {
        Runnable renewal;
        while ((renewal = renewals.poll()) != null) {
            renewal.run();
        }
    }

    private static PrivateKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
