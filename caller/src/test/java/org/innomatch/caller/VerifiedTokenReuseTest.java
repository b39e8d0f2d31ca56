package org.innomatch.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.innomatch.caller.testing.ManualClock;
import org.innomatch.caller.testing.TestTokens;
import org.innomatch.problems.ProblemException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

/** The filter verifies a token once and knows its caller afterwards, never anything it did not verify. */
@QuarkusTest
class VerifiedTokenReuseTest {

    @Inject
    JWTParser realParser;

    @Inject
    VerifiedTokens verifiedTokens;

    private final AtomicInteger parses = new AtomicInteger();

    @Test
    void aServiceRemembersTheTokensItVerifiedOnItsRequests() {
        String token = TestTokens.internal().role("participant").subject("p-remembered").sign();
        assertNull(verifiedTokens.callerOf(token));

        for (int i = 0; i < 2; i++) {
            given().header("Authorization", TestTokens.bearer(token))
                    .get("/whoami")
                    .then().statusCode(200)
                    .body("subject", equalTo("p-remembered"));
        }

        Caller remembered = verifiedTokens.callerOf(token);
        assertNotNull(remembered);
        assertEquals("p-remembered", remembered.subject());
    }

    @Test
    void aTokenIsVerifiedOnceWhileItLasts() {
        CallerFilter filter = filter(Clock.systemUTC());
        String token = TestTokens.bearer(TestTokens.internalPartner("embassy-ca"));

        Caller first = filter.callerOf(token);
        Caller second = filter.callerOf(token);

        assertEquals(1, parses.get());
        assertSame(first, second);
        assertEquals("embassy-ca", second.partnerId());
    }

    @Test
    void onceItsExpiryHasComeTheTokenIsVerifiedAgain() {
        ManualClock clock = new ManualClock(Instant.now());
        CallerFilter filter = filter(clock);
        String token = TestTokens.bearer(TestTokens.internal().role("admin").subject("a-1")
                .lifetime(Duration.ofMinutes(1)).sign());

        filter.callerOf(token);
        clock.advance(Duration.ofMinutes(2));
        filter.callerOf(token);

        assertEquals(2, parses.get());
    }

    @Test
    void aTokenWithAnotherSignatureIsVerifiedAndRefusedThoughItsClaimsMatchARememberedOne() {
        CallerFilter filter = filter(Clock.systemUTC());
        String genuine = TestTokens.internal().role("admin").subject("a-2").sign();
        filter.callerOf(TestTokens.bearer(genuine));
        String[] parts = genuine.split("\\.");
        String forged = TestTokens.internal().role("admin").subject("a-2").signedWithWrongKey().sign();
        String spliced = parts[0] + "." + parts[1] + "." + forged.split("\\.")[2];

        assertThrows(ProblemException.class, () -> filter.callerOf(TestTokens.bearer(spliced)));
        assertThrows(ProblemException.class, () -> filter.callerOf(TestTokens.bearer(spliced)));
        assertEquals(3, parses.get());
    }

    @Test
    void aTokenRefusedForItsClaimsIsNotRemembered() {
        CallerFilter filter = filter(Clock.systemUTC());
        String root = TestTokens.bearer(TestTokens.internal().role("root").subject("a-3").sign());

        assertThrows(ProblemException.class, () -> filter.callerOf(root));
        assertThrows(ProblemException.class, () -> filter.callerOf(root));
        assertEquals(2, parses.get());
    }

    private CallerFilter filter(Clock clock) {
        return new CallerFilter(countingParser(), new VerifiedTokens(100, clock), null, List.of());
    }

    private JWTParser countingParser() {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("parse")) {
                        parses.incrementAndGet();
                    }
                    try {
                        return method.invoke(realParser, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
