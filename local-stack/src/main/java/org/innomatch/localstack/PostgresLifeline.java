package org.innomatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops PostgreSQL when this launcher dies without stopping it (kill -9, OOM). PostgreSQL runs as its own process
 * tree, not a child of this JVM, and does not notice its starter going. A small shell process waits for the end of
 * its standard input, a pipe from this JVM that only the kernel closes when this JVM dies, then asks the postmaster
 * named in {@code postmaster.pid} for a fast shutdown (SIGINT: clients cut off, committed data kept, files closed
 * cleanly). After a clean stop the file is gone, so {@link #close()} then ends the watcher without a signal.
 */
final class PostgresLifeline implements AutoCloseable {

    private static final String SCRIPT = "cat >/dev/null; read -r pid < \"$1/postmaster.pid\" && kill -INT \"$pid\"";
    private static final long EXIT_WAIT_SECONDS = 5;

    private final Process watcher;

    private PostgresLifeline(Process watcher) {
        this.watcher = watcher;
    }

    static PostgresLifeline watch(Path dataDirectory, Path log) {
        try {
            Process watcher = new ProcessBuilder(command(dataDirectory))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new PostgresLifeline(watcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the watcher that stops PostgreSQL with the launcher", e);
        }
    }

    static List<String> command(Path dataDirectory) {
        return List.of("/bin/sh", "-c", SCRIPT, "innomatch-postgres-lifeline", dataDirectory.toString());
    }

    long pid() {
        return watcher.pid();
    }

    /** Call once PostgreSQL has stopped (or failed to): the watcher ends, signalling only a postmaster still up. */
    @Override
    public void close() {
        try {
            watcher.getOutputStream().close();
            if (!watcher.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                watcher.destroyForcibly();
            }
        } catch (IOException e) {
            watcher.destroyForcibly();
        } catch (InterruptedException e) {
            watcher.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
