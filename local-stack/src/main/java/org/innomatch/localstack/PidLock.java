package org.innomatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One stack per working directory: {@code stack.pid} holds the pid of the process running it. A file
 * left behind by a process that is gone is replaced.
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
        try {
            Files.createDirectories(layout.dir());
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    Files.writeString(pidFile, ownPid + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return new PidLock(pidFile, ownPid);
                } catch (FileAlreadyExistsException taken) {
                    Optional<Long> holder = readPid(pidFile);
                    if (holder.isPresent() && isLiveStack(holder.get())) {
                        throw new StackException("already running (pid " + holder.get() + ") in " + layout.dir());
                    }
                    Files.deleteIfExists(pidFile);
                }
            }
        } catch (IOException e) {
            throw new StackException("cannot write " + pidFile + ": " + e.getMessage(), e);
        }
        throw new StackException("cannot take " + pidFile + "; another start seems to be racing for it");
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A pid can be reused after a reboot; only a live Java process counts as the stack. */
    private static boolean isLiveStack(long pid) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(handle -> handle.info().command().map(command -> command.endsWith("java")).orElse(true))
                .orElse(false);
    }

    long pid() {
        return pid;
    }

    /** Deletes the pid file if it is still ours. */
    @Override
    public void close() {
        try {
            if (readPid(pidFile).filter(holder -> holder == pid).isPresent()) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException ignored) {
            // a stale pid file is replaced by the next start
        }
    }
}
