package org.innomatch.gateway.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.innomatch.caller.testing.TestTokens;
import org.innomatch.caller.testing.ManualClock;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens are verified by SmallRye JWT for real; the test counts how often. */
class BearerTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final ManualClock clock = new ManualClock(Instant.now());
    private final BearerTokens tokens = new BearerTokens(countingParser(), clock);

    private final String profileId = UUID.randomUUID().toString();

    @Test
    void aTokenThatPassedIsNotVerifiedAgainOnTheNextCalls() {
        String token = TestTokens.participantBearer(profileId);
        Identity first = tokens.authenticate(token);
        Identity second = tokens.authenticate(token);
        assertEquals(new Identity(Role.PARTICIPANT, profileId, null, null), first);
        assertEquals(first, second);
        assertEquals(1, verifications.get());
        tokens.authenticate(TestTokens.participantBearer(profileId));
        assertEquals(2, verifications.get(), "another token, even of the same participant, is verified");
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItsExpiryHasPassed() {
        // TestTokens' lifetime is one minute.
        String token = TestTokens.participantBearer(profileId);
        tokens.authenticate(token);
        clock.advance(Duration.ofSeconds(50));
        tokens.authenticate(token);
        assertEquals(1, verifications.get());
        clock.advance(Duration.ofSeconds(15));
        tokens.authenticate(token);
        assertEquals(2, verifications.get(), "past exp the cache must not answer for SmallRye JWT");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterFiveMinutes() {
        String token = TestTokens.issued().subject(profileId).groups("participant").lifetime(Duration.ofHours(1))
                .sign();
        tokens.authenticate(token);
        clock.advance(Duration.ofMinutes(BearerTokens.REUSE_MINUTES).minusSeconds(1));
        tokens.authenticate(token);
        assertEquals(1, verifications.get());
        clock.advance(Duration.ofSeconds(2));
        tokens.authenticate(token);
        assertEquals(2, verifications.get());
    }

    @Test
    void refusedTokensAreNeverRemembered() {
        String forged = TestTokens.issued().subject(profileId).groups("participant").signedWithWrongKey().sign();
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(forged));
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(forged));
        String roleless = TestTokens.issued().subject(profileId).groups("partner").sign();
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(roleless));
        assertThrows(AuthenticationException.class, () -> tokens.authenticate(roleless));
        assertEquals(4, verifications.get());
    }

    private JWTParser countingParser() {
        JWTAuthContextInfo context;
        try {
            context = new JWTAuthContextInfo(KeyUtils.readPublicKey(TestTokens.ISSUER_PUBLIC_KEY),
                    TestTokens.TEST_ISSUER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JWTParser real = new DefaultJWTParser(context);
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
