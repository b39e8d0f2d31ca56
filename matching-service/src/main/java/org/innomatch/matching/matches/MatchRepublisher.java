package org.innomatch.matching.matches;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends the {@code MatchFound} of matches left unpublished (a crash or a Kafka outage between write and send). */
@ApplicationScoped
public class MatchRepublisher {

    private static final Logger LOG = Logger.getLogger(MatchRepublisher.class);

    private final MatchService matches;
    private final Duration grace;
    private final Clock clock;

    public MatchRepublisher(MatchService matches,
                            @ConfigProperty(name = "innomatch.matching.republish-grace", defaultValue = "PT5S") Duration grace,
            Clock clock) {
        this.matches = matches;
        this.grace = grace;
        this.clock = clock;
    }

    @Scheduled(every = "${innomatch.matching.republish-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void republish() {
        int sent = matches.republishPending(clock.instant().minus(grace));
        if (sent > 0) {
            LOG.infof("Re-published %d MatchFound event(s)", sent);
        }
    }
}
