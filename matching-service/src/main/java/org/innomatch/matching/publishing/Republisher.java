package org.innomatch.matching.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Sends again the events of changes left unflagged (a crash or a Kafka outage between write and send), one job per
 * {@link PendingEvents} kind, on its {@link PendingEvents#schedule()}.
 */
@ApplicationScoped
public class Republisher {

    private static final Logger LOG = Logger.getLogger(Republisher.class);

    private final List<PendingEvents<?>> kinds;
    private final EventPublisher publisher;
    private final Scheduler scheduler;
    private final Clock clock;

    @Inject
    public Republisher(@Any Instance<PendingEvents<?>> kinds, EventPublisher publisher, Scheduler scheduler,
                       Clock clock) {
        this(kinds.stream().toList(), publisher, scheduler, clock);
    }

    Republisher(List<PendingEvents<?>> kinds, EventPublisher publisher, Scheduler scheduler, Clock clock) {
        this.kinds = List.copyOf(kinds);
        this.publisher = publisher;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void schedule(@Observes StartupEvent event) {
        for (PendingEvents<?> kind : kinds) {
            scheduler.newJob("republish-" + kind.kind()).setInterval(kind.schedule().every())
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> republish(kind))
                    .schedule();
        }
    }

    /** Re-publishes the kind's changes older than its grace period; returns how many were acknowledged. */
    public <T> int republish(PendingEvents<T> kind) {
        Instant olderThan = clock.instant().minus(kind.schedule().grace());
        int sent = publisher.publishAndFlag(kind, kind.unpublishedBefore(olderThan));
        if (sent > 0) {
            LOG.infof("Re-published %d %s event(s)", sent, kind.kind());
        }
        return sent;
    }
}
