package org.innomatch.matching.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling with a deadline, for effects that travel through Kafka. */
public final class Await {

    private Await() {
    }

    /** Returns the elapsed time once the condition holds; fails when the deadline passes first. */
    public static Duration until(Duration deadline, String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static void ready() {
        until(Duration.ofSeconds(60), "service ready",
                () -> given().get("/q/health/ready").statusCode() == 200);
    }
}
