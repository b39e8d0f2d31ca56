package org.innomatch.outbox;

/**
 * The unsent part of the outbox at one moment.
 *
 * @param backlog          unsent rows
 * @param oldestAgeSeconds age of the oldest unsent row, 0 when there is none
 */
public record OutboxStats(long backlog, double oldestAgeSeconds) {

    public static final OutboxStats EMPTY = new OutboxStats(0, 0);
}
