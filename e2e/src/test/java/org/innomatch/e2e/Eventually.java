package org.innomatch.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Polls (with Awaitility) for something that happens asynchronously (an event crossing Kafka into a read model),
 * and fails with the last thing seen once the deadline has passed.
 */
public final class Eventually {

    /** Generous for two busy cores; a healthy stack takes well under a second. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(45);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private Eventually() {
    }

    /**
     * Observes until {@code accept} finds what it wants in an observation.
     *
     * @param what    what is awaited, for the failure message
     * @param observe one look at the system (typically a gateway call)
     * @param accept  the wanted result from an observation, or empty to keep polling
     */
    public static <O, R> R await(String what, Supplier<O> observe, Function<O, Optional<R>> accept) {
        return await(what, DEFAULT_DEADLINE, observe, accept);
    }

    public static <O, R> R await(String what, Duration deadline, Supplier<O> observe, Function<O, Optional<R>> accept) {
        AtomicReference<O> last = new AtomicReference<>();
        try {
            return Awaitility.await(what).atMost(deadline).pollDelay(Duration.ZERO).pollInterval(PAUSE)
                    .until(() -> {
                        O observed = observe.get();
                        last.set(observed);
                        return accept.apply(observed);
                    }, Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what + "; last seen: "
                    + last.get(), e);
        }
    }

    /** Polls until {@code condition} holds for an observation; returns that observation. */
    public static <O> O until(String what, Supplier<O> observe, java.util.function.Predicate<O> condition) {
        return await(what, observe, observed -> condition.test(observed) ? Optional.of(observed) : Optional.empty());
    }
}
