package org.innomatch.notification.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.inbox.Notification;

/**
 * One client's stream: each time it is woken it reads the recipient's inbox after its cursor and sends what follows,
 * in order. Wake-ups that come while it reads are folded into one more read, never run side by side.
 */
final class OpenStream {

    private static final int BATCH = 500;
    /** How soon a stream held back by a gap reads again. */
    static final Duration GAP_RECHECK = Duration.ofMillis(200);

    private final UUID recipient;
    private final Inbox inbox;
    private final StreamCursor cursor;
    private final Consumer<Notification> send;
    private final Consumer<Throwable> fail;
    private final Clock clock;
    private final Executor reader;
    private final ObjLongConsumer<Runnable> later;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * @param send      sends one notification to the client
     * @param fail      ends the stream with an error
     * @param clock     what "now" is when a gap in the sequence is weighed
     * @param reader    runs the reads (they block on MongoDB)
     * @param later     runs the given task after the given milliseconds
     */
    OpenStream(UUID recipient, Inbox inbox, StreamCursor cursor, Consumer<Notification> send,
               Consumer<Throwable> fail, Clock clock, Executor reader, ObjLongConsumer<Runnable> later) {
        this.recipient = recipient;
        this.inbox = inbox;
        this.cursor = cursor;
        this.send = send;
        this.fail = fail;
        this.clock = clock;
        this.reader = reader;
        this.later = later;
    }

    /** Something may have been written for the recipient: read and send it. */
    void wake() {
        wanted.set(true);
        if (!closed && reading.compareAndSet(false, true)) {
            reader.execute(this::read);
        }
    }

    void close() {
        closed = true;
    }

    private void read() {
        boolean waiting = false;
        try {
            while (!closed && wanted.getAndSet(false)) {
                List<Notification> read;
                StreamCursor.Step step;
                do {
                    read = inbox.sequence(recipient, cursor.lastSeq(), BATCH);
                    step = cursor.advance(read, clock.instant());
                    step.send().forEach(send);
                } while (!closed && !step.waiting() && read.size() == BATCH);
                waiting = step.waiting();
            }
        } catch (RuntimeException e) {
            closed = true;
            fail.accept(e);
            return;
        } finally {
            reading.set(false);
        }
        // A wake-up between the last check and the flag's reset would otherwise wait for the next one.
        if (wanted.get()) {
            wake();
        } else if (waiting && !closed) {
            later.accept(this::wake, GAP_RECHECK.toMillis());
        }
    }
}
