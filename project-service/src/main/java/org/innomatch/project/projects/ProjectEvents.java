package org.innomatch.project.projects;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.projects.ProjectClosed;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.outbox.Outbox;

/**
 * Writes the project events to the outbox, inside the caller's transaction, so they commit with the change.
 * Callers flush first: the events carry the version Hibernate assigns on flush.
 */
@ApplicationScoped
class ProjectEvents {

    static final String SOURCE = "/project-service";

    private final Outbox outbox;

    ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The full state; consumers decide matchability from {@code status} (only PUBLISHED is matchable). */
    void upserted(Project project) {
        outbox.publish(EventEnvelope.of(EventType.PROJECT_UPSERTED, SOURCE, project.id.toString(), toEvent(project)));
    }

    /** The transition first, then the closed state, so that compaction keeps the full state as the last record. */
    void closed(Project project) {
        ProjectClosed closed = new ProjectClosed(project.id, project.closedAt, project.closeReason.name());
        outbox.publish(EventEnvelope.of(EventType.PROJECT_CLOSED, SOURCE, project.id.toString(), closed));
        upserted(project);
    }

    /** Goes to Kafka as a tombstone. */
    void deleted(UUID projectId, Instant deletedAt) {
        outbox.publish(EventEnvelope.of(EventType.PROJECT_DELETED, SOURCE, projectId.toString(),
                new ProjectDeleted(projectId, deletedAt)));
    }

    static ProjectUpserted toEvent(Project p) {
        ProjectUpserted.Money funding = p.fundingAmount == null ? null
                : new ProjectUpserted.Money(p.fundingAmount, p.fundingCurrency);
        return new ProjectUpserted(p.id, p.title, p.summary, p.ownerProfileId, p.country, p.sectors, p.trl,
                p.cooperationTypes, p.keywords, funding, p.status.name(), p.deadline, p.ownerPartnerId, p.version,
                p.createdAt, p.updatedAt);
    }
}
