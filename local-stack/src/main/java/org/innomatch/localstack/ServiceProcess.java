package org.innomatch.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A service running as a child JVM whose output is appended to its log file. */
public final class ServiceProcess implements AutoCloseable {

    /** Begins the line written to the log before every start, so a run's own output can be told apart. */
    static final String START_MARKER = "==== innomatch local-stack: starting";
    /** How long a service gets to shut down after SIGTERM before it is killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ServiceLaunch launch;
    private final Process process;

    private ServiceProcess(ServiceLaunch launch, Process process) {
        this.launch = launch;
        this.process = process;
    }

    static ServiceProcess start(ServiceLaunch launch) {
        try {
            Files.createDirectories(launch.workingDirectory());
            Files.createDirectories(launch.logFile().getParent());
            String marker = START_MARKER + " " + launch.module().moduleName() + " at " + OffsetDateTime.now()
                    + " ====" + System.lineSeparator() + String.join(" ", launch.command()) + System.lineSeparator();
            Files.writeString(launch.logFile(), marker, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(launch.command())
                    .directory(launch.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()))
                    .start();
            // The lifeline: the service's standard input stays open, unwritten, for as long as this JVM lives, and
            // the kernel closes it when this JVM dies, however it dies; the service then stops on its own.
            process.onExit().thenRun(() -> closeQuietly(process.getOutputStream()));
            return new ServiceProcess(launch, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + launch.module().moduleName() + ": " + e.getMessage(), e);
        }
    }

    /** The same service started anew, after this one exited. */
    ServiceProcess startAgain() {
        return start(launch);
    }

    public ServiceModule module() {
        return launch.module();
    }

    public String name() {
        return launch.module().moduleName();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return launch.logFile();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The end of this run's output. */
    List<String> logTail(int lines) {
        return LogTail.lastLines(launch.logFile(), lines, START_MARKER);
    }

    private static void closeQuietly(OutputStream lifeline) {
        try {
            lifeline.close();
        } catch (IOException ignored) {
            // the process has exited; nothing reads the pipe any more
        }
    }

    @Override
    public void close() {
        stop(STOP_GRACE);
    }

    /** SIGTERM, then SIGKILL if the service has not stopped within {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
