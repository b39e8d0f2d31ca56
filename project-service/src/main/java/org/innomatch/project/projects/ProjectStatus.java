package org.innomatch.project.projects;

/**
 * Lifecycle of a listing: DRAFT → PUBLISHED → CLOSED, or DRAFT → CLOSED. Only PUBLISHED projects are
 * matchable; the matching service reads the status from the {@code ProjectUpserted} event.
 */
public enum ProjectStatus {
    DRAFT,
    PUBLISHED,
    CLOSED;

    boolean canPublish() {
        return this == DRAFT;
    }

    boolean canClose() {
        return this != CLOSED;
    }

    boolean isEditable() {
        return this != CLOSED;
    }
}
