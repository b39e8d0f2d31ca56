package org.innomatch.gateway.support;

import java.util.function.BooleanSupplier;

/** Waits for what another thread, instance or broker round trip makes true. */
public final class Eventually {

    private static final long DEADLINE_MILLIS = 15_000;

    private Eventually() {
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code message} after 15 s. */
    public static void until(BooleanSupplier condition, String message) throws InterruptedException {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(message);
            }
            Thread.sleep(20);
        }
    }
}
