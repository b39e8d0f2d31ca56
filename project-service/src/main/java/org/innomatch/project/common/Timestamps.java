package org.innomatch.project.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Timestamps {

    private Timestamps() {
    }

    /** Now, at the microsecond precision of a PostgreSQL timestamptz, so a value reads back as written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
