package org.innomatch.matching.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;

/** Polling with a deadline, for effects that travel through Kafka. */
public final class Await {

    private Await() {
    }

    /** Returns the elapsed time once the condition holds; fails when the deadline passes first. */
    public static Duration until(Duration deadline, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        Awaitility.await(what).atMost(deadline).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(25))
                .until(condition::getAsBoolean);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public static void ready() {
        until(Duration.ofSeconds(60), "service ready",
                () -> given().get("/q/health/ready").statusCode() == 200);
    }
}
