package org.innomatch.project.projects;

/** Why a project was closed; published as {@code ProjectClosed.reason}. */
public enum CloseReason {
    /** Closed by its owner through the API. */
    MANUAL,
    /** Closed by the deadline job. */
    DEADLINE_PASSED
}
