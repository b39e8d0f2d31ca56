package org.innomatch.matching.publishing;

import java.time.Instant;
import java.util.List;

import org.innomatch.events.EventEnvelope;

/**
 * A kind of stored change whose event is published after it is written (a match, a notice, a meeting): how to find
 * the ones still unflagged, build their events and flag them. A bean of this type is re-published by the
 * {@link Republisher} on its {@link #schedule()}.
 *
 * @param <T> the stored change
 */
public interface PendingEvents<T> {

    /** For logs and the scheduler's job id, e.g. {@code MatchFound/MatchEnded}. */
    String kind();

    RepublishSchedule schedule();

    /** Changes not flagged as published and made before {@code olderThan}, oldest first. */
    List<T> unpublishedBefore(Instant olderThan);

    /**
     * The event of each change, in order; the same change always gives the same {@code ce_id}, so consumers drop a
     * re-published duplicate.
     */
    List<EventEnvelope<?>> eventsOf(List<T> changes);

    /** Flags the change as published, unless it changed since (then its new event is pending). */
    void markPublished(T change);
}
