package org.innomatch.project.projects;

import java.util.UUID;

import org.innomatch.problems.KeysetCursor;

/** A validated list request; {@code null} means "no filter". */
record ProjectFilter(
        String sector,
        String country,
        ProjectStatus status,
        UUID ownerProfileId,
        Integer trlMin,
        Integer trlMax,
        String cooperationType,
        String text,
        KeysetCursor after,
        int limit) {
}
