package org.innomatch.project.projects;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.project.common.Timestamps;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Closes PUBLISHED projects whose deadline has passed (reason DEADLINE_PASSED). Runs every minute by default
 * ({@code innomatch.projects.deadline-check.every}); safe to run in several instances at once.
 */
@ApplicationScoped
public class ProjectDeadlineJob {

    private static final Logger LOG = Logger.getLogger(ProjectDeadlineJob.class);
    private static final int BATCH_SIZE = 100;

    private final ProjectService projects;

    public ProjectDeadlineJob(ProjectService projects) {
        this.projects = projects;
    }

    @Scheduled(identity = "project-deadlines", every = "${innomatch.projects.deadline-check.every:60s}",
            delayed = "${innomatch.projects.deadline-check.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        closeProjectsPastDeadline();
    }

    /** @return how many projects were closed */
    public int closeProjectsPastDeadline() {
        Instant now = Timestamps.now();
        int total = 0;
        int closed;
        // One transaction per batch keeps locks short when many deadlines pass at once.
        do {
            closed = projects.closePastDeadline(now, BATCH_SIZE);
            total += closed;
        } while (closed == BATCH_SIZE);
        if (total > 0) {
            LOG.infof("Closed %d project(s) past their deadline", total);
        }
        return total;
    }
}
