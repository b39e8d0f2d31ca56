package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresLifelineTest {

    @TempDir
    Path dataDir;

    @Test
    void whenTheLaunchersEndOfThePipeClosesThePostmasterInThePidFileIsToldToStop() throws Exception {
        // A stand-in that, like the postmaster, handles SIGINT itself: a plain sleep would inherit an ignored
        // SIGINT from a build started in the background (nohup, &) and never end.
        Process postmaster = new ProcessBuilder("perl", "-e", "$SIG{INT} = 'DEFAULT'; sleep 300").start();
        try {
            Files.writeString(dataDir.resolve("postmaster.pid"), postmaster.pid() + "\n" + dataDir + "\n");
            PostgresLifeline lifeline = PostgresLifeline.watch(dataDir, dataDir.resolve("postgres.log"));

            lifeline.close(); // what the kernel does to the pipe when the launcher dies

            assertTrue(postmaster.waitFor(10, TimeUnit.SECONDS), "the postmaster was not signalled");
        } finally {
            postmaster.destroyForcibly();
        }
    }

    @Test
    void afterACleanStopThereIsNoPidFileAndTheWatcherJustEnds() {
        PostgresLifeline lifeline = PostgresLifeline.watch(dataDir, dataDir.resolve("postgres.log"));

        lifeline.close();

        assertFalse(ProcessHandle.of(lifeline.pid()).map(ProcessHandle::isAlive).orElse(false));
    }
}
