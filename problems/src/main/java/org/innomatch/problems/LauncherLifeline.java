package org.innomatch.problems;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * Ends the service when the process that launched it is gone, however it went (kill -9 included): with
 * {@code innomatch.lifeline.stdin=true} the launcher keeps the write end of a pipe on the service's standard input
 * and never writes to it; only the kernel closes it, when the launcher dies, and the end of input shuts the
 * service down. Off by default: a service started any other way may have no standard input at all.
 * <p>
 * Lives here because {@code problems} is the one module every service (gateway included) is built with.
 */
@ApplicationScoped
public class LauncherLifeline {

    public static final String CONFIG_KEY = "innomatch.lifeline.stdin";
    /** The launcher took Kafka and the Mongo-wire server with it, so a graceful stop may wait on them in vain. */
    static final Duration HALT_AFTER = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(LauncherLifeline.class);

    private final boolean enabled;

    public LauncherLifeline(@ConfigProperty(name = CONFIG_KEY, defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    // Before the other start-up observers, some of which take a while (replays), so a launcher that died during
    // the start is noticed as soon as the container is up.
    void watch(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started) {
        if (!enabled) {
            return;
        }
        Thread watcher = new Thread(() -> awaitEndOfInput(System.in, LauncherLifeline::exit),
                "innomatch-launcher-lifeline");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Reads {@code input} to its end (or a read error, which also means the launcher's end is gone), then runs. */
    static void awaitEndOfInput(InputStream input, Runnable onEnd) {
        byte[] ignored = new byte[256];
        try {
            while (input.read(ignored) >= 0) {
                // the launcher never writes; whatever comes is not an instruction
            }
        } catch (IOException e) {
            LOG.debugf("standard input failed: %s", e.getMessage());
        }
        onEnd.run();
    }

    private static void exit() {
        LOG.warnf("the launcher is gone (standard input closed): stopping, at the latest in %d s",
                HALT_AFTER.toSeconds());
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "innomatch-launcher-lifeline-halt");
        halter.setDaemon(true);
        halter.start();
        Quarkus.asyncExit(1);
    }
}
