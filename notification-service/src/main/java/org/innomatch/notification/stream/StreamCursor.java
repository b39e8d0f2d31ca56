package org.innomatch.notification.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.innomatch.notification.inbox.Notification;

/**
 * Where one stream stands in its recipient's sequence: every notification up to {@link #lastSeq()} was sent or
 * passed over. A stream sends in sequence order and never the same one twice, so that a client resuming with
 * {@code Last-Event-ID} misses nothing.
 * <p>
 * Sequence numbers are handed out before the notification is stored, so, with several instances writing for one
 * recipient, number 8 can be visible while 7 is still being stored. A gap before a fresh notification (written
 * within {@code gapWait}) is therefore waited for; a gap before an older one is a number that will never come (a
 * notification erased, or a write that died between numbering and storing) and is passed over. Notifications kept
 * out of the inbox (channel off) hold their number but are not sent.
 */
final class StreamCursor {

    /**
     * @param send    the notifications to send now, in order
     * @param waiting whether a gap holds back what follows it: read again shortly
     */
    record Step(List<Notification> send, boolean waiting) {
    }

    private final Duration gapWait;
    private long lastSeq;

    StreamCursor(long lastSeq, Duration gapWait) {
        this.lastSeq = lastSeq;
        this.gapWait = gapWait;
    }

    long lastSeq() {
        return lastSeq;
    }

    /**
     * Moves past what can be sent of {@code read}: the recipient's notifications after {@link #lastSeq()}, in
     * sequence order, those kept out of the inbox included.
     */
    Step advance(List<Notification> read, Instant now) {
        List<Notification> send = new ArrayList<>();
        for (Notification n : read) {
            if (n.seq <= lastSeq) {
                continue;
            }
            boolean gap = n.seq > lastSeq + 1;
            if (gap && n.createdAt != null && n.createdAt.isAfter(now.minus(gapWait))) {
                return new Step(send, true);
            }
            lastSeq = n.seq;
            if (!Boolean.FALSE.equals(n.inbox)) {
                send.add(n);
            }
        }
        return new Step(send, false);
    }
}
