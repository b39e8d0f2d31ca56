package org.innomatch.gateway.accesslog;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    private static final long AT = 1_795_491_660_123L; // 2026-11-24T03:41:00.123Z

    private static AccessLog.Entry call(String path, int status, long nanos, String upstream, String requestId) {
        return new AccessLog.Entry(AT, "GET", path, status, nanos, upstream, requestId,
                "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    /**
     * A sink that counts the writes it gets, to show that lines are written together; while {@code held} is
     * closed its writes wait, as standard output does when its reader falls behind.
     */
    static final class CountingSink extends ByteArrayOutputStream {
        final List<Integer> writes = new ArrayList<>();
        final CountDownLatch held;
        final CountDownLatch writing = new CountDownLatch(1);

        CountingSink() {
            this(new CountDownLatch(0));
        }

        CountingSink(CountDownLatch held) {
            this.held = held;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writing.countDown();
            try {
                held.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                writes.add(len);
                super.write(b, off, len);
            }
        }

        synchronized List<Integer> writesSoFar() {
            return List.copyOf(writes);
        }

        /** The writes, once the first has been made (within 5 s). */
        List<Integer> writesOnceWritten() {
            return await("a write").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5))
                    .until(this::writesSoFar, written -> !written.isEmpty());
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    /** Calls to /api/v1/profiles/p0, p1, ... answered by profile-service. */
    private static void recordProfileCalls(AccessLog log, int count) {
        for (int i = 0; i < count; i++) {
            log.record(call("/api/v1/profiles/p" + i, 200, 1_000_000, "profile-service", "r-" + i));
        }
    }

    @Test
    void aLineSaysWhenWhatHowItEndedHowLongAndWhoAnswered() {
        assertThat(AccessLog.line(call("/api/v1/taxonomy/sectors", 200, 1_234_567, "profile-service", "r-1")),
                equalTo("2026-11-24T03:41:00.123Z GET /api/v1/taxonomy/sectors 200 1.234ms "
                        + "upstream=profile-service requestId=r-1 traceId=4bf92f3577b34da6a3ce929d0e0e4736\n"));
        assertThat(AccessLog.line(new AccessLog.Entry(AT, "POST", "/api/v1/admin/api-keys", 401, 45_000, null, "r-2",
                null)), equalTo("2026-11-24T03:41:00.123Z POST /api/v1/admin/api-keys 401 0.045ms requestId=r-2\n"));
        assertThat(AccessLog.line(new AccessLog.Entry(AT, "GET", "/", 503, 12_345_678_901L, null, "r-3", null)),
                equalTo("2026-11-24T03:41:00.123Z GET / 503 12345.678ms requestId=r-3\n"));
    }

    @Test
    void theTimestampAlwaysHasItsMillisecondsAndFollowsTheClockAcrossSeconds() {
        long onTheSecond = 1_795_491_660_000L;
        assertThat(AccessLog.line(new AccessLog.Entry(onTheSecond, "GET", "/a", 200, 0, null, "r", null)),
                equalTo("2026-11-24T03:41:00.000Z GET /a 200 0.000ms requestId=r\n"));
        // One formatter, as the writer uses it: the cached second must not leak into the next line.
        AccessLog.Lines lines = new AccessLog.Lines();
        lines.append(new AccessLog.Entry(onTheSecond + 999, "GET", "/a", 200, 0, null, "r", null));
        lines.append(new AccessLog.Entry(onTheSecond + 1_000, "GET", "/b", 200, 0, null, "r", null));
        lines.append(new AccessLog.Entry(onTheSecond + 86_400_007, "GET", "/c", 200, 0, null, "r", null));
        assertThat(lines.toString().lines().map(line -> line.substring(0, 24)).toList(), contains(
                "2026-11-24T03:41:00.999Z", "2026-11-24T03:41:01.000Z", "2026-11-25T03:41:00.007Z"));
    }

    @Test
    void thePathIsWrittenAsUtf8WithControlCharactersEscaped() {
        assertThat(AccessLog.line(call("/api/v1/caf\u00e9/\ud83d\ude80/a\tb\u007f", 404, 1_000, null, "r")),
                equalTo("2026-11-24T03:41:00.123Z GET /api/v1/caf\u00e9/\ud83d\ude80/a\\x09b\\x7F 404 0.001ms "
                        + "requestId=r traceId=4bf92f3577b34da6a3ce929d0e0e4736\n"));
    }

    @Test
    void manyLinesAreWrittenOnceTheyFillTheBufferWithoutWaitingForTheInterval() throws Exception {
        CountingSink sink = new CountingSink();
        try (AccessLog log = AccessLog.writingTo(sink, Duration.ofHours(1), 100_000)) {
            // Some 160 bytes a line: 1 000 lines are more than the 64 KiB written at once.
            recordProfileCalls(log, 1_000);
            List<Integer> writes = sink.writesOnceWritten();
            assertThat(writes.isEmpty(), is(false));
            assertThat(writes.get(0) >= AccessLog.WRITE_BYTES, is(true));
            assertThat(sink.text().lines().findFirst().orElse("").contains("/api/v1/profiles/p0 "), is(true));
        }
    }

    @Test
    void queuedLinesAreWrittenTogetherByTheWriterOnItsOwn() throws Exception {
        CountingSink sink = new CountingSink();
        try (AccessLog log = AccessLog.writingTo(sink, Duration.ofMillis(50), 1_000)) {
            recordProfileCalls(log, 100);
            await("100 lines written").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> sink.text().lines().count() >= 100);
            List<String> lines = sink.text().lines().toList();
            assertThat(lines, hasSize(100));
            assertThat(lines.get(0).contains("/api/v1/profiles/p0 "), is(true));
            assertThat(lines.get(99).contains("/api/v1/profiles/p99 "), is(true));
            // Written when the first line had waited the interval: far fewer writes than lines (one, unless the
            // loop took longer than the interval).
            assertThat(sink.writesSoFar().size() <= 2, is(true));
        }
    }

    @Test
    void linesBeyondWhatMayWaitAreDroppedAndCountedWhileStandardOutputIsStuck() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountingSink sink = new CountingSink(held);
        try (AccessLog log = AccessLog.writingTo(sink, Duration.ofMillis(10), 4)) {
            log.record(call("/api/v1/first", 200, 1_000, null, "r-first"));
            // The writer writes the first line and stays stuck in that write, as on a standard output no one reads.
            assertThat(sink.writing.await(5, TimeUnit.SECONDS), is(true));
            for (int i = 0; i < 10; i++) {
                log.record(call("/api/v1/x" + i, 200, 1_000, null, "r-" + i));
            }
            held.countDown();
            log.flush();
            List<String> lines = sink.text().lines().toList();
            assertThat(lines.stream().filter(line -> line.contains(" GET /api/v1/")).toList(), contains(
                    startsWith("2026-11-24T03:41:00.123Z GET /api/v1/first "),
                    startsWith("2026-11-24T03:41:00.123Z GET /api/v1/x0 "),
                    startsWith("2026-11-24T03:41:00.123Z GET /api/v1/x1 "),
                    startsWith("2026-11-24T03:41:00.123Z GET /api/v1/x2 "),
                    startsWith("2026-11-24T03:41:00.123Z GET /api/v1/x3 ")));
            assertThat(lines.get(lines.size() - 1), endsWith(
                    " access log: 6 lines dropped, standard output did not keep up"));
        }
    }

    @Test
    void whatIsQueuedAtCloseIsWritten() {
        CountingSink sink = new CountingSink();
        AccessLog log = AccessLog.writingTo(sink, Duration.ofHours(1), 1_000);
        log.record(call("/api/v1/last", 204, 1_000, "project-service", "r-last"));
        log.close();
        assertThat(sink.text().lines().toList(), contains(
                "2026-11-24T03:41:00.123Z GET /api/v1/last 204 0.001ms upstream=project-service requestId=r-last "
                        + "traceId=4bf92f3577b34da6a3ce929d0e0e4736"));
        log.record(call("/api/v1/after", 200, 1_000, null, "r-after"));
        log.flush();
        assertThat(sink.text().lines().filter(line -> line.contains("/after")).toList(), is(empty()));
    }

    @Test
    void offRecordsNothing() {
        AccessLog off = AccessLog.off();
        assertThat(off.enabled(), is(false));
        off.record(call("/api/v1/x", 200, 1, null, "r"));
        CountingSink sink = new CountingSink();
        off.flushTo(sink);
        assertThat(sink.writesSoFar(), is(empty()));
        off.close();
    }
}
