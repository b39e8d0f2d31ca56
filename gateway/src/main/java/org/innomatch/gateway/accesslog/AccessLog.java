package org.innomatch.gateway.accesslog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The gateway's access log, written as nginx writes a buffered one: a call only queues its {@link Entry}; a
 * writer thread formats whatever has queued every flush interval and writes it in one go.
 * <p>
 * It used to be a JBoss logging category with an async console handler. That cost a write system call per line
 * and, worse, a thread wake-up per call (the handler's queue signals its thread for every record): about a tenth
 * of the gateway's CPU per proxied call on two cores. Here the event loop allocates one record and appends it to
 * a lock-free queue; nothing wakes the writer but its own timer, or a queue filling up.
 * <p>
 * A line: {@code 2026-11-24T03:41:00.123Z GET /api/v1/taxonomy/sectors 200 1.234ms upstream=profile-service
 * requestId=... traceId=...}; {@code upstream} only on proxied calls.
 */
public final class AccessLog implements AutoCloseable {

    /** One call: what it asked, how it ended, which service answered (null for the gateway's own endpoints). */
    public record Entry(long epochMillis, String method, String path, int status, long durationNanos,
                        String upstream, String requestId, String traceId) {
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private final OutputStream out;
    private final long flushIntervalNanos;
    private final int maxPending;
    private final Queue<Entry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    private AccessLog(OutputStream out, Duration flushInterval, int maxPending) {
        this.out = out;
        this.flushIntervalNanos = Math.max(1, flushInterval.toNanos());
        this.maxPending = maxPending;
        if (out == null) {
            this.writer = null;
            this.closed = true;
        } else {
            this.writer = new Thread(this::writeUntilClosed, "access-log-writer");
            this.writer.setDaemon(true);
            this.writer.start();
        }
    }

    /** An access log whose writer thread writes to {@code out} every {@code flushInterval}. */
    public static AccessLog writingTo(OutputStream out, Duration flushInterval, int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1");
        }
        return new AccessLog(out, flushInterval, maxPending);
    }

    /** No access log: nothing is recorded, no thread runs. */
    public static AccessLog off() {
        return new AccessLog(null, Duration.ZERO, 1);
    }

    public boolean enabled() {
        return out != null;
    }

    /** Queues a call's line; never blocks. */
    public void record(Entry entry) {
        if (out == null) {
            return;
        }
        int count = pendingCount.incrementAndGet();
        if (count > maxPending || closed) {
            pendingCount.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        pending.add(entry);
        if (count == maxPending / 2) {
            // Half full before the timer: write now rather than start dropping lines.
            LockSupport.unpark(writer);
        }
    }

    /** Writes every queued line now, in one write. */
    public void flush() {
        if (out != null) {
            flushTo(out);
        }
    }

    /** Writes every queued line to {@code destination} instead, now, in one write. */
    public synchronized void flushTo(OutputStream destination) {
        int count = pendingCount.get();
        long droppedNow = dropped.getAndSet(0);
        if (count == 0 && droppedNow == 0) {
            return;
        }
        StringBuilder text = new StringBuilder(count * 160 + 80);
        for (int i = 0; i < count; i++) {
            Entry entry = pending.poll();
            if (entry == null) {
                break;
            }
            pendingCount.decrementAndGet();
            format(entry, text);
        }
        if (droppedNow > 0) {
            text.append(Instant.now()).append(" access log: ").append(droppedNow)
                    .append(" lines dropped, standard output did not keep up\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (destination) {
                destination.write(bytes);
                destination.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void format(Entry entry, StringBuilder line) {
        TIMESTAMP.formatTo(Instant.ofEpochMilli(entry.epochMillis()), line);
        long micros = entry.durationNanos() / 1_000;
        line.append(' ').append(entry.method()).append(' ').append(entry.path()).append(' ').append(entry.status())
                .append(' ').append(micros / 1_000).append('.');
        long fraction = micros % 1_000;
        if (fraction < 100) {
            line.append('0');
        }
        if (fraction < 10) {
            line.append('0');
        }
        line.append(fraction).append("ms");
        if (entry.upstream() != null) {
            line.append(" upstream=").append(entry.upstream());
        }
        line.append(" requestId=").append(entry.requestId());
        if (entry.traceId() != null) {
            line.append(" traceId=").append(entry.traceId());
        }
        line.append('\n');
    }

    private void writeUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(this, flushIntervalNanos);
            try {
                flush();
            } catch (RuntimeException e) {
                // Standard output failing is no reason to stop serving calls; the lines are lost.
                System.err.println("access log: writing failed: " + e);
            }
        }
    }

    /** Stops the writer and writes what is left. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        closed = true;
        LockSupport.unpark(writer);
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
