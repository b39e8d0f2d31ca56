package org.innomatch.matching.matches;

import java.time.Duration;
import java.time.Instant;

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

    public MatchRepublisher(MatchService matches,
                            @ConfigProperty(name = "innomatch.matching.republish-grace", defaultValue = "PT5S") Duration grace) {
        this.matches = matches;
        this.grace = grace;
    }

    @Scheduled(every = "${innomatch.matching.republish-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void republish() {
        int sent = matches.republishPending(Instant.now().minus(grace));
        if (sent > 0) {
            LOG.infof("Re-published %d MatchFound event(s)", sent);
        }
    }
}
