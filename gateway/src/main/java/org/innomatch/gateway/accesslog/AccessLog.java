package org.innomatch.gateway.accesslog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The gateway's access log, written as nginx writes a buffered one ({@code access_log ... buffer=64k flush=1s}):
 * a call only queues its {@link Entry}; a writer thread turns queued entries into text every
 * {@value #DRAIN_MILLIS} ms and writes that text in one go once it reaches {@value #WRITE_BYTES} bytes, or once
 * its oldest line has waited the flush interval.
 * <p>
 * It used to be a JBoss logging category with an async console handler. That cost a write system call per line
 * and, worse, a thread wake-up per call (the handler's queue signals its thread for every record): about a tenth
 * of the gateway's CPU per proxied call on two cores. Here the event loop allocates one record and appends it to
 * a lock-free queue; nothing wakes the writer but its own timer, or a queue filling up.
 * <p>
 * Entries leave the queue within {@value #DRAIN_MILLIS} ms, as bytes in one reused buffer. When they waited out
 * the whole flush interval as objects instead, most of them outlived a young collection, and copying them was
 * most of the gateway's garbage collection time (benchmark, session 10: 2.4 s of pauses against 0.85 s without an
 * access log; a pause of about 3 ms every 140 ms under load).
 * <p>
 * A line: {@code 2026-11-24T03:41:00.123Z GET /api/v1/taxonomy/sectors 200 1.234ms upstream=profile-service
 * requestId=... traceId=...}; {@code upstream} only on proxied calls.
 */
public final class AccessLog implements AutoCloseable {

    /** One call: what it asked, how it ended, which service answered (null for the gateway's own endpoints). */
    public record Entry(long epochMillis, String method, String path, int status, long durationNanos,
                        String upstream, String requestId, String traceId) {
    }

    static final int DRAIN_MILLIS = 20;
    static final int WRITE_BYTES = 64 * 1024;

    private final OutputStream out;
    private final long flushIntervalNanos;
    private final long drainIntervalNanos;
    private final int maxPending;
    private final Queue<Entry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;
    /** The writer is parked for a whole flush interval, as it does while no calls come in. */
    private volatile boolean writerIdle;

    /** Lines drained from the queue and not yet written; only under this object's lock. */
    private final Lines text = new Lines();
    private long oldestUnwrittenNanos;

    private AccessLog(OutputStream out, Duration flushInterval, int maxPending) {
        this.out = out;
        this.flushIntervalNanos = Math.max(1, flushInterval.toNanos());
        this.drainIntervalNanos = Math.min(flushIntervalNanos, TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS));
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

    /** An access log whose writer thread writes to {@code out} at least every {@code flushInterval}. */
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
        if (count == maxPending / 2 || (count == 1 && writerIdle)) {
            // Half full before the timer: write now rather than start dropping lines. Or the first call after a
            // quiet spell: from now on, drain every few milliseconds.
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
        drain();
        write(destination);
    }

    /** Formats one line, as it is written; for tests. */
    static String line(Entry entry) {
        Lines lines = new Lines();
        lines.append(entry);
        return lines.toString();
    }

    /** Moves what is queued into {@link #text}; notes lines dropped since the last drain. Returns lines moved. */
    private int drain() {
        int count = pendingCount.get();
        long droppedNow = dropped.getAndSet(0);
        if ((count > 0 || droppedNow > 0) && text.size == 0) {
            oldestUnwrittenNanos = System.nanoTime();
        }
        int moved = 0;
        for (; moved < count; moved++) {
            Entry entry = pending.poll();
            if (entry == null) {
                break;
            }
            pendingCount.decrementAndGet();
            text.append(entry);
        }
        if (droppedNow > 0) {
            text.ascii(Instant.now().toString()).ascii(" access log: ").number(droppedNow)
                    .ascii(" lines dropped, standard output did not keep up\n");
        }
        return moved;
    }

    private void write(OutputStream destination) {
        if (text.size == 0) {
            return;
        }
        try {
            synchronized (destination) {
                destination.write(text.bytes, 0, text.size);
                destination.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            text.clear();
        }
    }

    /**
     * Drains the queue and writes when due: when the text is large, or its oldest line waited the flush interval.
     * True if lines came in since the last time, or wait to be written.
     */
    private synchronized boolean drainAndWriteWhenDue() {
        int moved = drain();
        boolean due = System.nanoTime() - oldestUnwrittenNanos >= flushIntervalNanos;
        if (text.size >= WRITE_BYTES || (text.size > 0 && due)) {
            write(out);
        }
        return moved > 0 || text.size > 0;
    }

    private void writeUntilClosed() {
        boolean busy = false;
        while (!closed) {
            // An idle gateway need not wake every few milliseconds; the next call wakes the writer (record). A call
            // that came in before the writer said it is idle did not wake it: the writer sees that call's count.
            writerIdle = !busy;
            if (writerIdle && pendingCount.get() > 0) {
                writerIdle = false;
            }
            LockSupport.parkNanos(this, writerIdle ? flushIntervalNanos : drainIntervalNanos);
            writerIdle = false;
            try {
                busy = drainAndWriteWhenDue();
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

    /**
     * Lines as UTF-8 bytes in one growing array, reused from write to write; the timestamp's date and time up to
     * the second is formatted once per second.
     */
    static final class Lines {

        private byte[] bytes = new byte[WRITE_BYTES + 4096];
        private int size;
        private long second = Long.MIN_VALUE;
        private byte[] secondText;

        void append(Entry entry) {
            timestamp(entry.epochMillis());
            long micros = entry.durationNanos() / 1_000;
            ascii(" ").ascii(entry.method()).ascii(" ").text(entry.path()).ascii(" ").number(entry.status())
                    .ascii(" ").number(micros / 1_000).ascii(".").threeDigits(micros % 1_000).ascii("ms");
            if (entry.upstream() != null) {
                ascii(" upstream=").ascii(entry.upstream());
            }
            ascii(" requestId=").ascii(entry.requestId());
            if (entry.traceId() != null) {
                ascii(" traceId=").ascii(entry.traceId());
            }
            ascii("\n");
        }

        /** ISO-8601 in UTC with milliseconds, always three digits of them. */
        private void timestamp(long epochMillis) {
            long epochSecond = Math.floorDiv(epochMillis, 1_000);
            if (epochSecond != second) {
                second = epochSecond;
                LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
                secondText = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.", time.getYear(), time.getMonthValue(),
                        time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond())
                        .getBytes(StandardCharsets.US_ASCII);
            }
            ensure(secondText.length + 4);
            System.arraycopy(secondText, 0, bytes, size, secondText.length);
            size += secondText.length;
            threeDigits(Math.floorMod(epochMillis, 1_000)).ascii("Z");
        }

        /** For text known to be ASCII: method, service names, request and trace ids (checked where they come in). */
        Lines ascii(String value) {
            ensure(value.length());
            for (int i = 0; i < value.length(); i++) {
                bytes[size++] = (byte) value.charAt(i);
            }
            return this;
        }

        /** For the path, which is what the client sent: UTF-8, with control characters escaped as \xNN. */
        Lines text(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x20 && c < 0x7f) {
                    ensure(1);
                    bytes[size++] = (byte) c;
                } else if (c < 0x20 || c == 0x7f) {
                    ascii(String.format(Locale.ROOT, "\\x%02X", (int) c));
                } else {
                    int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                    byte[] encoded = value.substring(i, end).getBytes(StandardCharsets.UTF_8);
                    ensure(encoded.length);
                    System.arraycopy(encoded, 0, bytes, size, encoded.length);
                    size += encoded.length;
                    i = end - 1;
                }
            }
            return this;
        }

        Lines number(long value) {
            if (value < 0) {
                return ascii(Long.toString(value));
            }
            int digits = 1;
            for (long rest = value / 10; rest > 0; rest /= 10) {
                digits++;
            }
            ensure(digits);
            for (int i = size + digits - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
            return this;
        }

        Lines threeDigits(long value) {
            ensure(3);
            bytes[size++] = (byte) ('0' + value / 100);
            bytes[size++] = (byte) ('0' + value / 10 % 10);
            bytes[size++] = (byte) ('0' + value % 10);
            return this;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        @Override
        public String toString() {
            return new String(bytes, 0, size, StandardCharsets.UTF_8);
        }

        void clear() {
            size = 0;
            if (bytes.length > 4 * WRITE_BYTES) {
                // A burst grew the buffer; do not hold on to it.
                bytes = new byte[WRITE_BYTES + 4096];
            }
        }
    }
}
