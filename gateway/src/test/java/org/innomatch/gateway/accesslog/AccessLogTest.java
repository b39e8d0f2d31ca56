package org.innomatch.gateway.accesslog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

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
        return new AccessLog.Entry(AT, "GET", path, status, nanos, upstream, requestId, "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    /**
     * A sink that counts the writes it gets, to show that lines are written together; while {@code held} is
     * closed its writes wait, as standard output does when its reader falls behind.
     */
    static final class CountingSink extends ByteArrayOutputStream {
        final List<Integer> writes = new ArrayList<>();
        final CountDownLatch held;

        CountingSink() {
            this(new CountDownLatch(0));
        }

        CountingSink(CountDownLatch held) {
            this.held = held;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            try {
                held.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writes.add(len);
            super.write(b, off, len);
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLineSaysWhenWhatHowItEndedHowLongAndWhoAnswered() {
        StringBuilder line = new StringBuilder();
        AccessLog.format(call("/api/v1/taxonomy/sectors", 200, 1_234_567, "profile-service", "r-1"), line);
        assertThat(line.toString(), equalTo("2026-11-24T03:41:00.123Z GET /api/v1/taxonomy/sectors 200 1.234ms "
                + "upstream=profile-service requestId=r-1 traceId=4bf92f3577b34da6a3ce929d0e0e4736\n"));
        line.setLength(0);
        AccessLog.format(new AccessLog.Entry(AT, "POST", "/api/v1/admin/api-keys", 401, 45_000, null, "r-2", null), line);
        assertThat(line.toString(), equalTo("2026-11-24T03:41:00.123Z POST /api/v1/admin/api-keys 401 0.045ms "
                + "requestId=r-2\n"));
    }

    @Test
    void queuedLinesAreWrittenTogetherByTheWriterOnItsOwn() throws Exception {
        CountingSink sink = new CountingSink();
        try (AccessLog log = AccessLog.writingTo(sink, Duration.ofMillis(50), 1_000)) {
            for (int i = 0; i < 100; i++) {
                log.record(call("/api/v1/profiles/p" + i, 200, 1_000_000, "profile-service", "r-" + i));
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (sink.text().lines().count() < 100 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            List<String> lines = sink.text().lines().toList();
            assertThat(lines, hasSize(100));
            assertThat(lines.get(0).contains("/api/v1/profiles/p0 "), is(true));
            assertThat(lines.get(99).contains("/api/v1/profiles/p99 "), is(true));
            // Queued before the writer woke, so far fewer writes than lines (one, unless the timer fell mid-loop).
            assertThat(sink.writes.size() <= 2, is(true));
        }
    }

    @Test
    void linesBeyondWhatMayWaitAreDroppedAndCounted() {
        CountDownLatch held = new CountDownLatch(1);
        CountingSink sink = new CountingSink(held);
        try (AccessLog log = AccessLog.writingTo(sink, Duration.ofHours(1), 4)) {
            // Half of max-pending wakes the writer early; its write then waits on the sink, so it takes at most
            // 4 lines and at most 4 more may wait: of 10 lines, some must be dropped whatever the interleaving.
            for (int i = 0; i < 10; i++) {
                log.record(call("/api/v1/x" + i, 200, 1_000, null, "r-" + i));
            }
            held.countDown();
            log.flush();
            List<String> lines = sink.text().lines().toList();
            long written = lines.stream().filter(line -> line.contains(" GET /api/v1/x")).count();
            String dropped = lines.stream().filter(line -> line.contains("lines dropped")).findFirst().orElse("");
            long droppedCount = dropped.isEmpty() ? 0 : Long.parseLong(dropped.replaceAll(".*access log: (\\d+) lines dropped.*", "$1"));
            assertThat(written + droppedCount, equalTo(10L));
            assertThat(droppedCount > 0, is(true));
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
        assertThat(sink.writes, is(empty()));
        off.close();
    }
}
