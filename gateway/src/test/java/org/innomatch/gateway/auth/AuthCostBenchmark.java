package org.innomatch.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.innomatch.caller.testing.TestTokens;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * What authentication adds to each call, in one thread: checking an API key (SHA-256, the baseline), signing the
 * internal RS256 token (gateway, every proxied call) and verifying it (each service). Prints figures, asserts
 * nothing about speed. Not part of {@code ./mvnw verify} (the name does not end in Test); run it with
 * {@code ./mvnw -o -q test -pl gateway -am -Dtest=AuthCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AuthCostBenchmark {

    private static final int WARMUP = 2_000;
    private static final int ROUNDS = 5_000;

    @Test
    void printCosts() throws Exception {
        PrivateKey key = PemKeys.privateKey(TestTokens.INTERNAL_PRIVATE_KEY);
        PublicKey publicKey = KeyUtils.readPublicKey(TestTokens.INTERNAL_PUBLIC_KEY);
        JwtConsumer consumer = new JwtConsumerBuilder().setVerificationKey(publicKey)
                .setExpectedIssuer("innomatch-gateway").setExpectedAudience("innomatch-services").build();
        String apiKey = "imk_0123456789abcdef_" + "k".repeat(43);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Supplier<Object> hashKey = () -> sha256.digest(apiKey.getBytes(StandardCharsets.UTF_8));
        Supplier<Object> sign = () -> Jwt.issuer("innomatch-gateway").audience("innomatch-services")
                .subject("6f1c2a9e-1d1b-4c51-9a57-0d3e1f8f4a21").groups(Set.of("participant"))
                .claim("innomatch_role", "participant").claim("innomatch_request_id", "r-1")
                .expiresAt(Instant.now().plusSeconds(60)).jws().sign(key);
        String token = (String) sign.get();
        Supplier<Object> verify = () -> {
            try {
                return consumer.processToClaims(token);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double baseline = microsPerOp(hashKey);
        double signing = microsPerOp(sign);
        double verifying = microsPerOp(verify);
        System.out.printf(Locale.ROOT, "[AuthCostBenchmark] API key SHA-256 (baseline): %8.2f µs/op%n", baseline);
        System.out.printf(Locale.ROOT, "[AuthCostBenchmark] internal token RS256 sign:  %8.2f µs/op  (%.0f× baseline)%n",
                signing, signing / baseline);
        System.out.printf(Locale.ROOT, "[AuthCostBenchmark] internal token verify:      %8.2f µs/op  (%.0f× baseline)%n",
                verifying, verifying / baseline);
    }

    private static double microsPerOp(Supplier<Object> op) {
        Object sink = null;
        for (int i = 0; i < WARMUP; i++) {
            sink = op.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink = op.get();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == null) {
            throw new IllegalStateException();
        }
        return elapsed / 1_000.0 / ROUNDS;
    }
}
