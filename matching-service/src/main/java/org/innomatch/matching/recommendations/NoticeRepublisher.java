package org.innomatch.matching.recommendations;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends the {@code RecommendationAvailable} of notices left queued (a crash or a Kafka outage between write and send). */
@ApplicationScoped
public class NoticeRepublisher {

    private static final Logger LOG = Logger.getLogger(NoticeRepublisher.class);

    private final RecommendationAnnouncer announcer;
    private final Duration grace;
    private final Clock clock;

    public NoticeRepublisher(RecommendationAnnouncer announcer,
                             @ConfigProperty(name = "innomatch.matching.republish-grace", defaultValue = "PT5S") Duration grace,
            Clock clock) {
        this.announcer = announcer;
        this.grace = grace;
        this.clock = clock;
    }

    @Scheduled(every = "${innomatch.matching.republish-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void republish() {
        int sent = announcer.republishQueued(clock.instant().minus(grace));
        if (sent > 0) {
            LOG.infof("Re-published %d RecommendationAvailable event(s)", sent);
        }
    }
}
