package org.innomatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a launcher that died without stopping (kill -9, OOM) left running for the same {@code --dir}: the
 * service JVMs and PostgreSQL, which hold their ports. Each service's pid is kept in its run directory, PostgreSQL
 * keeps its own in {@code postmaster.pid}. A process counts as a leftover only while its command line names the
 * stack's directory: a pid reused by an unrelated process is left alone.
 */
final class Leftovers {

    static final String SERVICE_PID_FILE = "service.pid";
    private static final long EXIT_WAIT_SECONDS = 10;

    private Leftovers() {
    }

    /** Notes the pid of a service just started. */
    static void record(StackLayout layout, ServiceModule module, long pid) {
        Path file = layout.serviceRunDir(module).resolve(SERVICE_PID_FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Kills (SIGKILL, with their child processes) the leftovers of an earlier run in this directory; call it while
     * holding the directory's {@link PidLock}. Returns one line per process killed.
     */
    static List<String> clean(StackLayout layout) {
        String dir = layout.dir().toAbsolutePath().normalize().toString();
        List<String> killed = new ArrayList<>();
        for (ServiceModule module : ServiceModule.values()) {
            Path file = layout.serviceRunDir(module).resolve(SERVICE_PID_FILE);
            firstLinePid(file).flatMap(pid -> ours(pid, dir))
                    .ifPresent(process -> killed.add(kill(process, module.moduleName())));
            deleteQuietly(file);
        }
        // PostgreSQL removes a stale postmaster.pid itself once its processes are gone.
        firstLinePid(layout.postgresDataDir().resolve("postmaster.pid")).flatMap(pid -> ours(pid, dir))
                .ifPresent(process -> killed.add(kill(process, "postgresql")));
        return killed;
    }

    private static Optional<ProcessHandle> ours(long pid, String dir) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().map(line -> line.contains(dir)).orElse(false));
    }

    private static String kill(ProcessHandle process, String name) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by the port check that follows, naming the port still in use
            }
        }
        return name + " (pid " + process.pid() + ")";
    }

    /** The pid on the first line of a pid file, if there is one. */
    static Optional<Long> firstLinePid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // rewritten at the next start of the service
        }
    }
}
