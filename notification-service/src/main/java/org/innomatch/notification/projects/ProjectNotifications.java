package org.innomatch.notification.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.notification.dispatch.Draft;
import org.innomatch.notification.dispatch.Notifier;
import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.kafka.RecordProcessing;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.notification.recipients.Recipient;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * An effect consumer of the compacted {@code innomatch.projects}: when a project is PUBLISHED, every profile
 * sharing one of its (top-level) sectors, except its owner, is told once. The deduplication key names the fact,
 * {@code project-published/<id>}, not the event: replays, later edits and a re-publication notify no-one again.
 * A project whose last change is older than {@code innomatch.projects.notify-max-age} is not announced (a first
 * deployment replays the whole topic).
 */
@ApplicationScoped
public class ProjectNotifications {

    public static final String CHANNEL = "projects-in";
    private static final Logger LOG = Logger.getLogger(ProjectNotifications.class);

    private final Notifier notifier;
    private final Recipients recipients;
    private final KnownProjects projects;
    private final RecordProcessing processing;
    private final Duration maxAge;
    private final Clock clock;

    public ProjectNotifications(Notifier notifier, Recipients recipients, KnownProjects projects,
            RecordProcessing processing,
            @ConfigProperty(name = "innomatch.projects.notify-max-age", defaultValue = "7d") Duration maxAge,
            Clock clock) {
        this.notifier = notifier;
        this.recipients = recipients;
        this.projects = projects;
        this.processing = processing;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        processing.handle(record, this::apply);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (CloudEventRecords.isBareTombstone(record)) {
            projects.delete(UUID.fromString(String.valueOf(record.key())));
            return;
        }
        EventEnvelope<Object> event = CloudEventRecords.decodeKnown(record).orElse(null);
        if (event == null) {
            return;
        }
        if (event.data() instanceof ProjectDeleted deleted) {
            projects.delete(deleted.id());
        } else if (event.data() instanceof ProjectUpserted project) {
            projects.apply(project);
            if ("PUBLISHED".equals(project.status())) {
                announce(project);
            }
        }
    }

    private void announce(ProjectUpserted project) {
        Instant changed = project.updatedAt() != null ? project.updatedAt() : project.createdAt();
        if (changed != null && changed.isBefore(clock.instant().minus(maxAge))) {
            LOG.debugf("Project %s published long ago: not announced", project.id());
            return;
        }
        String key = "project-published/" + project.id();
        String title = project.title() == null ? project.id().toString() : project.title();
        int told = 0;
        for (Recipient r : recipients.inSectors(project.sectors())) {
            UUID id = UUID.fromString(r.id);
            if (id.equals(project.ownerProfileId())) {
                continue;
            }
            notifier.notify(new Draft(key, id, NotificationTypes.PROJECT_PUBLISHED, project.id().toString(),
                    project.ownerProfileId(), language -> NotificationTexts.projectPublished(language, title, project.sectors())));
            told++;
        }
        LOG.debugf("Project %s published: %d recipients", project.id(), told);
    }
}
