package org.innomatch.matching.meetings;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Expires unanswered requests and frees quota documents a crash left without an active meeting (changes whose
 * MeetingChanged was not acknowledged are re-sent by the {@code Republisher}, see {@link MeetingEvents}).
 */
@ApplicationScoped
public class MeetingJobs {

    private static final Logger LOG = Logger.getLogger(MeetingJobs.class);

    private final MeetingService meetings;
    private final MeetingQuotas quotas;
    private final MeetingSettings settings;
    private final Clock clock;

    public MeetingJobs(MeetingService meetings, MeetingQuotas quotas, MeetingSettings settings, Clock clock) {
        this.meetings = meetings;
        this.quotas = quotas;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${innomatch.meetings.expire-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int n = meetings.expireDue(clock.instant());
        if (n > 0) {
            LOG.infof("Expired %d unanswered meeting request(s)", n);
        }
    }

    @Scheduled(every = "${innomatch.meetings.quota-sweep-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepQuotas() {
        int n = quotas.releaseUnheld(clock.instant().minus(settings.quotaSweepGrace()));
        if (n > 0) {
            LOG.warnf("Released %d meeting quota document(s) that no active meeting held (left by a crash)", n);
        }
    }
}
