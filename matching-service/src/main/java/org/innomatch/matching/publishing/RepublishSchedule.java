package org.innomatch.matching.publishing;

import java.time.Duration;

/**
 * When the {@link Republisher} looks for a kind's unflagged changes: every {@code every} (as
 * {@code @Scheduled(every)} reads it, e.g. {@code 2s}), those older than {@code grace}, which must be longer than
 * a request takes to publish its own change.
 */
public record RepublishSchedule(String every, Duration grace) {
}
