package org.innomatch.matching.recommendations;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per target, which distinct viewers it was served to (shown on a returned page) within a sliding
 * window, so that {@link ExposureDamping} can damp targets already recommended to very many others.
 *
 * <p>Kept in memory on purpose: it is written on every recommendation request, and a MongoDB write per served
 * item would cost more than the whole ranking (the p99 target is 20 ms). It is a soft signal: after a restart
 * damping starts from zero for one window, and with several instances each counts the viewers it served
 * (set the soft cap per instance accordingly). Bounded: per target at most {@code maxViewersPerTarget}
 * entries (the oldest is forgotten first, and a count at the bound means "at least this many"); entries
 * older than the window are dropped when the target is served again and by {@link #sweep()}.
 * About 100 bytes per (viewer, target) entry.
 */
public final class ExposureTracker {

    private final Clock clock;
    private final long windowMillis;
    private final int maxViewersPerTarget;
    private final Map<String, Viewers> byTarget = new ConcurrentHashMap<>();

    public ExposureTracker(Clock clock, Duration window, int maxViewersPerTarget) {
        if (window.isNegative() || window.isZero() || maxViewersPerTarget < 1) {
            throw new IllegalArgumentException("window must be positive and maxViewersPerTarget >= 1");
        }
        this.clock = clock;
        this.windowMillis = window.toMillis();
        this.maxViewersPerTarget = maxViewersPerTarget;
    }

    /** Records that these targets were shown to the viewer now. */
    public void served(String viewerKey, Collection<String> targetKeys) {
        long now = clock.millis();
        for (String target : targetKeys) {
            byTarget.computeIfAbsent(target, k -> new Viewers()).add(viewerKey, now, now - windowMillis, maxViewersPerTarget);
        }
    }

    /** How many distinct viewers other than {@code viewerKey} the target was shown to within the window. */
    public int servedToOthers(String targetKey, String viewerKey) {
        Viewers viewers = byTarget.get(targetKey);
        return viewers == null ? 0 : viewers.countExcept(viewerKey, clock.millis() - windowMillis);
    }

    /** Drops expired entries and targets nobody saw within the window; returns how many entries remain. */
    public int sweep() {
        long oldest = clock.millis() - windowMillis;
        int remaining = 0;
        for (Iterator<Map.Entry<String, Viewers>> it = byTarget.entrySet().iterator(); it.hasNext(); ) {
            Viewers viewers = it.next().getValue();
            int left = viewers.expire(oldest);
            if (left == 0) {
                it.remove();
            }
            remaining += left;
        }
        return remaining;
    }

    public void clear() {
        byTarget.clear();
    }

    /** Viewer -> last time served, in the order they were last served (oldest first). */
    private static final class Viewers {

        private final LinkedHashMap<String, Long> lastServed = new LinkedHashMap<>();

        synchronized void add(String viewer, long now, long oldest, int max) {
            lastServed.remove(viewer);
            lastServed.put(viewer, now);
            expireLocked(oldest);
            Iterator<String> eldest = lastServed.keySet().iterator();
            while (lastServed.size() > max) {
                eldest.next();
                eldest.remove();
            }
        }

        synchronized int countExcept(String viewer, long oldest) {
            expireLocked(oldest);
            return lastServed.size() - (lastServed.containsKey(viewer) ? 1 : 0);
        }

        synchronized int expire(long oldest) {
            expireLocked(oldest);
            return lastServed.size();
        }

        private void expireLocked(long oldest) {
            Iterator<Long> times = lastServed.values().iterator();
            while (times.hasNext() && times.next() < oldest) {
                times.remove();
            }
        }
    }
}
