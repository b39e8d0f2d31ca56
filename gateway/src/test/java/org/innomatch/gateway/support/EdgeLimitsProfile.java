package org.innomatch.gateway.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small rate limits and a quick circuit breaker, for the tests of both. Callers without a key (by address) get
 * 3 calls then one every 10 s; partners 5 then one every 10 s; admins are practically unlimited, so the
 * breaker tests (which call as admin) never meet the limiter.
 */
public class EdgeLimitsProfile implements QuarkusTestProfile {

    public static final int DEFAULT_CAPACITY = 3;
    public static final int PARTNER_CAPACITY = 5;
    public static final int REFILL_PER_MINUTE = 6;
    public static final int FAILURE_THRESHOLD = 3;
    public static final long OPEN_DELAY_MILLIS = 1_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "innomatch.rate-limit.default.capacity", Integer.toString(DEFAULT_CAPACITY),
                "innomatch.rate-limit.default.refill-per-minute", Integer.toString(REFILL_PER_MINUTE),
                "innomatch.rate-limit.roles.partner.capacity", Integer.toString(PARTNER_CAPACITY),
                "innomatch.rate-limit.roles.partner.refill-per-minute", Integer.toString(REFILL_PER_MINUTE),
                "innomatch.rate-limit.roles.admin.capacity", "1000000",
                "innomatch.rate-limit.roles.admin.refill-per-minute", "1000000",
                "innomatch.gateway.circuit-breaker.failure-threshold", Integer.toString(FAILURE_THRESHOLD),
                "innomatch.gateway.circuit-breaker.open-delay", OPEN_DELAY_MILLIS + "ms");
    }
}
