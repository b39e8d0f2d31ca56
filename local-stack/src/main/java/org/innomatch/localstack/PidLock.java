package org.innomatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One stack per working directory: {@code stack.pid} holds the pid of the process running it and when that
 * process started. A file left behind by a process that is gone is replaced, also when its pid now belongs to
 * another process (which started at another time).
 */
final class PidLock implements AutoCloseable {

    private final Path pidFile;
    private final long pid;

    private PidLock(Path pidFile, long pid) {
        this.pidFile = pidFile;
        this.pid = pid;
    }

    static PidLock acquire(StackLayout layout) {
        Path pidFile = layout.pidFile();
        long ownPid = ProcessHandle.current().pid();
        String ownStart = startOf(ProcessHandle.current()).map(Object::toString).orElse("");
        try {
            Files.createDirectories(layout.dir());
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    Files.writeString(pidFile, (ownPid + " " + ownStart).strip() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return new PidLock(pidFile, ownPid);
                } catch (FileAlreadyExistsException taken) {
                    Optional<Holder> holder = readHolder(pidFile);
                    if (holder.isPresent() && holder.get().isLive()) {
                        throw new StackException("already running (pid " + holder.get().pid() + ") in " + layout.dir());
                    }
                    Files.deleteIfExists(pidFile);
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot write " + pidFile + ": " + e.getMessage(), e);
        }
        throw new StackException("cannot take " + pidFile + "; another start seems to be racing for it");
    }

    /** The process named in a pid file: its pid, and its start time when the file has one. */
    record Holder(long pid, Optional<Instant> startedAt) {

        static Optional<Holder> parse(String text) {
            String[] parts = text.strip().split("\\s+");
            try {
                Optional<Instant> started = parts.length > 1 ? Optional.of(Instant.parse(parts[1])) : Optional.empty();
                return Optional.of(new Holder(Long.parseLong(parts[0]), started));
            } catch (NumberFormatException | DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /**
         * A pid is reused once its process is gone, soon on a busy machine: the holder is live only if a process
         * with that pid started when the file says (or, for a file without the time, is a Java process).
         */
        boolean isLive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(handle -> startedAt.isPresent()
                    ? startOf(handle).map(startedAt.get()::equals).orElse(true)
                    : handle.info().command().map(command -> command.endsWith("java")).orElse(true)).orElse(false);
        }
    }

    private static Optional<Holder> readHolder(Path pidFile) throws IOException {
        try {
            return Holder.parse(Files.readString(pidFile, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> startOf(ProcessHandle handle) {
        return handle.info().startInstant();
    }

    long pid() {
        return pid;
    }

    /** Deletes the pid file if it is still ours. */
    @Override
    public void close() {
        try {
            if (readHolder(pidFile).filter(holder -> holder.pid() == pid).isPresent()) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException ignored) {
            // a stale pid file is replaced by the next start
        }
    }
}
