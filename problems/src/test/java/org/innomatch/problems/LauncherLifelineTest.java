package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LauncherLifelineTest {

    @Test
    void theEndOfInputEndsTheServiceOnceWhateverCameBefore() {
        AtomicInteger ends = new AtomicInteger();
        InputStream input = new ByteArrayInputStream("stray bytes\n".repeat(100).getBytes(StandardCharsets.UTF_8));

        LauncherLifeline.awaitEndOfInput(input, ends::incrementAndGet);

        assertEquals(1, ends.get());
    }

    @Test
    void aReadErrorCountsAsTheLauncherGone() {
        AtomicInteger ends = new AtomicInteger();
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        LauncherLifeline.awaitEndOfInput(broken, ends::incrementAndGet);

        assertEquals(1, ends.get());
    }
}
