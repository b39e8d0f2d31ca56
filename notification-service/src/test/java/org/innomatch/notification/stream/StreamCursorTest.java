package org.innomatch.notification.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.innomatch.notification.inbox.Notification;
import org.junit.jupiter.api.Test;

/** A stream sends in sequence order, waits for a fresh gap, passes over an old one and skips hidden ones. */
class StreamCursorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Duration GAP_WAIT = Duration.ofSeconds(3);

    private static Notification written(long seq, Duration ago) {
        Notification n = new Notification();
        n.id = "n" + seq;
        n.seq = seq;
        n.createdAt = NOW.minus(ago);
        return n;
    }

    private static List<Long> seqs(StreamCursor.Step step) {
        return step.send().stream().map(n -> n.seq).toList();
    }

    @Test
    void consecutiveNotificationsAreSentInOrderAndNeverTwice() {
        StreamCursor cursor = new StreamCursor(4, GAP_WAIT);
        StreamCursor.Step step = cursor.advance(List.of(written(5, Duration.ZERO), written(6, Duration.ZERO)), NOW);
        assertEquals(List.of(5L, 6L), seqs(step));
        assertFalse(step.waiting());
        assertEquals(6, cursor.lastSeq());
        // Read again (a wake-up that raced the first read): nothing twice.
        assertEquals(List.of(), seqs(cursor.advance(List.of(written(6, Duration.ZERO)), NOW)));
    }

    @Test
    void aGapBeforeAFreshNotificationHoldsItBackUntilTheMissingOneIsStored() {
        StreamCursor cursor = new StreamCursor(4, GAP_WAIT);
        // 6 is stored, 5 was numbered a moment ago by another instance and is not yet.
        StreamCursor.Step held = cursor.advance(List.of(written(6, Duration.ofMillis(100))), NOW);
        assertEquals(List.of(), seqs(held));
        assertTrue(held.waiting());
        assertEquals(4, cursor.lastSeq());

        StreamCursor.Step both = cursor.advance(List.of(written(5, Duration.ZERO), written(6, Duration.ofMillis(100))),
                NOW);
        assertEquals(List.of(5L, 6L), seqs(both));
        assertFalse(both.waiting());
    }

    @Test
    void aGapBeforeANotificationOlderThanTheWaitIsANumberThatNeverComes() {
        StreamCursor cursor = new StreamCursor(4, GAP_WAIT);
        // 5 was erased, or its writer died between numbering and storing: 6 is not held back for ever.
        assertTrue(cursor.advance(List.of(written(6, Duration.ofSeconds(2))), NOW).waiting());
        StreamCursor.Step later = cursor.advance(List.of(written(6, Duration.ofSeconds(2))), NOW.plusSeconds(2));
        assertEquals(List.of(6L), seqs(later));
        // What follows a second gap, already old, goes at once.
        assertEquals(List.of(9L), seqs(cursor.advance(List.of(written(9, Duration.ofDays(1))), NOW)));
    }

    @Test
    void notificationsKeptOutOfTheInboxHoldTheirNumberButAreNotSent() {
        StreamCursor cursor = new StreamCursor(0, GAP_WAIT);
        Notification hidden = written(2, Duration.ZERO);
        hidden.inbox = false;
        StreamCursor.Step step = cursor.advance(List.of(written(1, Duration.ZERO), hidden, written(3, Duration.ZERO)),
                NOW);
        assertEquals(List.of(1L, 3L), seqs(step));
        assertEquals(3, cursor.lastSeq());
    }

    @Test
    void whatFollowsAFreshGapInTheSameReadWaitsWithIt() {
        StreamCursor cursor = new StreamCursor(0, GAP_WAIT);
        StreamCursor.Step step = cursor.advance(List.of(written(1, Duration.ZERO), written(3, Duration.ZERO),
                written(4, Duration.ZERO)), NOW);
        assertEquals(List.of(1L), seqs(step));
        assertTrue(step.waiting());
        assertEquals(1, cursor.lastSeq());
    }
}
