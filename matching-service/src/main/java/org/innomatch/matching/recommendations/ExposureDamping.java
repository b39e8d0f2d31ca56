package org.innomatch.matching.recommendations;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.index.Candidate;

import io.quarkus.scheduler.Scheduled;

/**
 * The exposure cap: a target already shown to more than {@code softCap} other viewers within the window is
 * damped by {@code (softCap / n)^strength}, where {@code n} is that number of viewers. Gradual (with the defaults
 * 50 and 0.5: n = 100 → ×0.71, n = 200 → ×0.5) and bounded below, because {@code n} is counted up to
 * {@code 8 × softCap} (→ ×0.35): a popular profile moves down the lists, it does not vanish from them.
 * The requester's own earlier views do not count, so refreshing a page does not reshuffle it.
 */
@ApplicationScoped
public class ExposureDamping implements RankingAdjustment {

    public static final String FACTOR = "exposure";
    static final int TRACKED_PER_SOFT_CAP = 8;

    private final boolean enabled;
    private final int softCap;
    private final double strength;
    private final ExposureTracker tracker;

    public ExposureDamping(@ConfigProperty(name = "innomatch.matching.exposure.enabled", defaultValue = "true") boolean enabled,
                           @ConfigProperty(name = "innomatch.matching.exposure.soft-cap", defaultValue = "50") int softCap,
                           @ConfigProperty(name = "innomatch.matching.exposure.strength", defaultValue = "0.5") double strength,
                           @ConfigProperty(name = "innomatch.matching.exposure.window", defaultValue = "PT24H") Duration window,
                           Clock clock) {
        if (softCap < 1 || strength < 0) {
            throw new IllegalArgumentException("innomatch.matching.exposure.soft-cap must be >= 1 and strength >= 0");
        }
        this.enabled = enabled;
        this.softCap = softCap;
        this.strength = strength;
        this.tracker = new ExposureTracker(clock, window, softCap * TRACKED_PER_SOFT_CAP);
    }

    /** The multiplier for a target shown to {@code n} other viewers. */
    public static double multiplier(int n, int softCap, double strength) {
        return n <= softCap ? 1.0 : Math.pow((double) softCap / n, strength);
    }

    @Override
    public PairAdjuster forRequester(Candidate requester) {
        if (!enabled) {
            return target -> Optional.empty();
        }
        String viewer = requester.key();
        return target -> {
            int n = tracker.servedToOthers(target.key(), viewer);
            if (n <= softCap) {
                return Optional.empty();
            }
            double m = multiplier(n, softCap, strength);
            String atLeast = n >= softCap * TRACKED_PER_SOFT_CAP ? "at least " : "";
            return Optional.of(new Adjustment(FACTOR, m, String.format(java.util.Locale.ROOT,
                    "already recommended to %s%d others recently (soft cap %d): score ×%.2f", atLeast, n, softCap, m)));
        };
    }

    /** Records what a returned page showed to the requester. */
    public void served(Candidate requester, Collection<String> targetKeys) {
        if (enabled && !targetKeys.isEmpty()) {
            tracker.served(requester.key(), targetKeys);
        }
    }

    public ExposureTracker tracker() {
        return tracker;
    }

    @Scheduled(every = "10m", delayed = "10m")
    void sweep() {
        tracker.sweep();
    }
}
