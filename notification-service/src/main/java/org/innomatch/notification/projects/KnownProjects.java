package org.innomatch.notification.projects;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.projects.ProjectUpserted;

/** Project titles, kept from innomatch.projects. */
@ApplicationScoped
public class KnownProjects {

    public Optional<String> title(UUID projectId) {
        if (projectId == null) {
            return Optional.empty();
        }
        KnownProject p = KnownProject.findById(projectId.toString());
        return p == null || p.title == null ? Optional.empty() : Optional.of(p.title);
    }

    /** Keeps the state unless a newer version is held (records of one project arrive in order, on one partition). */
    public void apply(ProjectUpserted project) {
        KnownProject current = KnownProject.findById(project.id().toString());
        if (current != null && current.version > project.version()) {
            return;
        }
        KnownProject p = current != null ? current : new KnownProject();
        p.id = project.id().toString();
        p.title = project.title();
        p.status = project.status();
        p.version = project.version();
        p.persistOrUpdate();
    }

    public void delete(UUID projectId) {
        KnownProject.deleteById(projectId.toString());
    }
}
