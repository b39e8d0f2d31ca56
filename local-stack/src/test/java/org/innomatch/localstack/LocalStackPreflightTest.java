package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innomatch.infra.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code up} checks before it starts anything: the lock, the ports, the built services. */
class LocalStackPreflightTest {

    @TempDir
    Path dir;
    @TempDir
    Path emptyHome;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Options on free ports, except {@code taken} which gets {@code takenPort}; no services are built in the home. */
    private StackOptions options(StackPort taken, int takenPort) {
        List<String> args = new ArrayList<>(List.of("up", "--dir", dir.toString(), "--home", emptyHome.toString()));
        int[] free = Ports.free(StackPort.values().length);
        for (StackPort port : StackPort.values()) {
            args.add(port.option());
            args.add(String.valueOf(port == taken ? takenPort : free[port.ordinal()]));
        }
        return StackOptions.parse(args, Map.of(), dir, Optional::empty);
    }

    private StackException startFails(StackOptions options) {
        LocalStack stack = new LocalStack(options, new PrintStream(out, true, StandardCharsets.UTF_8));
        return assertThrows(StackException.class, stack::start);
    }

    private void assertNothingStarted() throws IOException {
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(), entries.toList(), "nothing may be created in the working directory");
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no progress may be printed");
    }

    @Test
    void aTakenPortIsNamedInOneLineAndNothingIsStarted() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int taken = occupant.getLocalPort();

            StackException error = startFails(options(StackPort.MATCHING, taken));

            assertEquals("Port " + taken + " (matching-service) is already in use; free it or choose another port",
                    error.getMessage());
        }
        assertNothingStarted();
    }

    @Test
    void theCommandLineReportsATakenPortWithExitCode1AndNoStackTrace() throws IOException {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int taken = occupant.getLocalPort();
            List<String> args = new ArrayList<>(List.of("up", "--dir", dir.toString(), "--home", emptyHome.toString(),
                    "--postgres-port", String.valueOf(taken)));
            int[] free = Ports.free(StackPort.values().length - 1);
            int i = 0;
            for (StackPort port : StackPort.values()) {
                if (port != StackPort.POSTGRES) {
                    args.add(port.option());
                    args.add(String.valueOf(free[i++]));
                }
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int exitCode = LocalStack.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertEquals(1, exitCode);
            assertEquals("innomatch: Port " + taken + " (postgresql) is already in use; free it or choose another port"
                    + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        }
        assertNothingStarted();
    }

    @Test
    void aMissingServiceJarAsksForABuild() throws IOException {
        StackException error = startFails(options(null, 0));

        assertTrue(error.getMessage().startsWith("profile-service is not built ("), error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw install -DskipTests"), error.getMessage());
        assertTrue(error.getMessage().contains("./innomatch up"), error.getMessage());
        assertNothingStarted();
    }

    @Test
    void aLiveHolderOfTheLockRefusesTheStart() throws IOException {
        long ownPid = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("stack.pid"), ownPid + "\n");

        StackException error = startFails(options(null, 0));

        assertEquals("already running (pid " + ownPid + ") in " + dir.toAbsolutePath().normalize(), error.getMessage());
        assertEquals(ownPid + "\n", Files.readString(dir.resolve("stack.pid")), "someone else's lock stays");
    }

    @Test
    void aLiveHolderNamedWithItsStartTimeRefusesTheStart() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String lock = self.pid() + " " + self.info().startInstant().orElseThrow() + "\n";
        Files.writeString(dir.resolve("stack.pid"), lock);

        StackException error = startFails(options(null, 0));

        assertTrue(error.getMessage().startsWith("already running (pid " + self.pid() + ")"), error.getMessage());
        assertEquals(lock, Files.readString(dir.resolve("stack.pid")));
    }

    @Test
    void aLockWhosePidNowBelongsToAProcessStartedAtAnotherTimeIsStale() throws Exception {
        ProcessHandle self = ProcessHandle.current();
        Instant otherStart = self.info().startInstant().orElseThrow().minusSeconds(3600);
        Files.writeString(dir.resolve("stack.pid"), self.pid() + " " + otherStart + "\n");

        StackException error = startFails(options(null, 0));

        assertTrue(error.getMessage().startsWith("profile-service is not built"), error.getMessage());
        assertFalse(Files.exists(dir.resolve("stack.pid")), "the lock is released after a failed start");
    }

    @Test
    void aStaleLockIsReplacedAndReleased() throws Exception {
        Process finished = new ProcessBuilder(ServiceLaunch.javaExecutable().toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor();
        Files.writeString(dir.resolve("stack.pid"), finished.pid() + "\n");

        StackException error = startFails(options(null, 0));

        assertTrue(error.getMessage().startsWith("profile-service is not built"), error.getMessage());
        assertFalse(Files.exists(dir.resolve("stack.pid")), "the lock is released after a failed start");
    }
}
