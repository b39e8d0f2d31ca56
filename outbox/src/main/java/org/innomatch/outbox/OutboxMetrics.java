package org.innomatch.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Gauges of the unsent outbox rows. A scrape reads values the relay refreshed at its last poll (one cheap
 * query on the partial index), so scraping never touches the database.
 */
@ApplicationScoped
public class OutboxMetrics {

    public static final String BACKLOG = "innomatch.outbox.backlog";
    public static final String OLDEST_AGE = "innomatch.outbox.oldest.age.seconds";

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxStore store;
    private final MeterRegistry registry;

    private volatile Snapshot snapshot = new Snapshot(OutboxStats.EMPTY, System.nanoTime() - Long.MAX_VALUE / 2);

    OutboxMetrics(OutboxStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        Gauge.builder(BACKLOG, this, metrics -> metrics.current().backlog())
                .description("Outbox rows not yet acknowledged by Kafka")
                .strongReference(true)
                .register(registry);
        Gauge.builder(OLDEST_AGE, this, metrics -> metrics.current().oldestAgeSeconds())
                .description("Age of the oldest outbox row not yet acknowledged by Kafka, 0 when there is none")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    /** The unsent rows as of the last refresh, the age advanced to now. */
    public OutboxStats current() {
        Snapshot s = snapshot;
        if (s.stats().backlog() == 0) {
            return OutboxStats.EMPTY;
        }
        double sinceRefresh = (System.nanoTime() - s.takenAtNanos()) / 1e9;
        return new OutboxStats(s.stats().backlog(), s.stats().oldestAgeSeconds() + sinceRefresh);
    }

    /** Reads the backlog from the database now. */
    public OutboxStats refresh() {
        try {
            OutboxStats stats = store.stats();
            snapshot = new Snapshot(stats, System.nanoTime());
            return stats;
        } catch (RuntimeException e) {
            LOG.debug("Cannot refresh the outbox gauges", e);
            return current();
        }
    }

    void refreshIfOlderThan(Duration maxAge) {
        if (System.nanoTime() - snapshot.takenAtNanos() >= maxAge.toNanos()) {
            refresh();
        }
    }

    private record Snapshot(OutboxStats stats, long takenAtNanos) {
    }
}
