package org.innomatch.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes rows sent longer ago than {@code innomatch.outbox.retention}; unsent rows are never deleted. */
@ApplicationScoped
public class OutboxCleanup {

    private static final Logger LOG = Logger.getLogger(OutboxCleanup.class);

    // Each chunk commits on its own, so a large cleanup never holds many row locks for long.
    private static final int CHUNK = 5_000;

    private final OutboxConfig config;
    private final OutboxStore store;

    OutboxCleanup(OutboxConfig config, OutboxStore store) {
        this.config = config;
        this.store = store;
    }

    @Scheduled(identity = "innomatch-outbox-cleanup", every = "${innomatch.outbox.cleanup-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int deleted = deleteExpired();
            if (deleted > 0) {
                LOG.infof("Deleted %d outbox rows sent more than %s ago", deleted, config.retention());
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox cleanup failed; trying again at the next interval", e);
        }
    }

    /** Deletes the sent rows older than the retention now; returns how many. */
    public int deleteExpired() {
        long retentionSeconds = config.retention().toSeconds();
        int total = 0;
        int deleted;
        do {
            deleted = store.deleteSentBefore(retentionSeconds, CHUNK);
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
