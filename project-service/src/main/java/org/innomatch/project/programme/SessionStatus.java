package org.innomatch.project.programme;

/** SCHEDULED (will take place), CANCELLED (stays in the programme, will not take place; can be scheduled again). */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
