package org.innomatch.localstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.innomatch.infra.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The stack started as its own OS process the way {@code ./innomatch up} does (the script itself, with
 * {@code --no-build}, on free ports, in {@code target/crash-it/stack}), written to through the gateway at a steady
 * pace, and killed: first the launcher (kill -9), whose children must end on their own and whose same command must
 * start again; then each service in turn, which the launcher must restart with back-off. After each, every
 * acknowledged write must be there exactly once and the services' stores must agree about the matches.
 * Needs the services packaged and {@code local-stack/target/local-stack.jar} (failsafe runs after package).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class LauncherCrashIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration CHILDREN_END_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PACE = Duration.ofMillis(150);
    /** Six restarts take a while: a slower pace keeps the audit that follows short. */
    private static final Duration PACE_WHILE_SERVICES_DIE = Duration.ofMillis(500);
    private static final int WRITERS = 2;
    private static final int WRITES_BEFORE_CRASH = 20;
    private static final String READY_LINE = "Innomatch is up";
    private static final Pattern RESTART_LINE = Pattern.compile(
            "(\\S+) exited unexpectedly with code -?\\d+; restarting it in ([0-9.]+) s \\(crash (\\d+) in a row");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;
    private Path artifacts;
    private StackLayout layout;
    private final Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
    private Process launcher;
    private Path launcherLog;
    private int runs;
    private CrashApi api;

    @BeforeAll
    void startTheStackAsItsOwnProcess() throws IOException {
        home = Optional.ofNullable(System.getProperty("innomatch.home")).map(Path::of)
                .or(InnomatchHome::locate).orElseThrow(() -> new AssertionError("set -Dinnomatch.home"))
                .toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(home.resolve("local-stack/target/local-stack.jar")),
                "LauncherCrashIT runs the packaged launcher; run it through failsafe (./mvnw verify)");
        artifacts = home.resolve("local-stack/target/crash-it");
        deleteRecursively(artifacts);
        layout = new StackLayout(artifacts.resolve("stack"));
        int[] free = Ports.free(StackPort.values().length);
        for (StackPort port : StackPort.values()) {
            ports.put(port, free[port.ordinal()]);
        }
        Duration ready = up();
        System.out.println("[LauncherCrashIT] first up ready after " + seconds(ready));
        String adminKey = Files.readString(layout.dir().resolve("keys/dev-admin-key"), StandardCharsets.UTF_8).trim();
        api = new CrashApi(URI.create("http://127.0.0.1:" + ports.get(StackPort.GATEWAY)), adminKey);
    }

    @AfterAll
    void stopTheStack() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy(); // SIGTERM: the launcher's own orderly stop
            if (!launcher.waitFor(2, TimeUnit.MINUTES)) {
                launcher.destroyForcibly();
            }
        }
        if (layout == null) {
            return;
        }
        // Only what still names this test's directory: a pid in a stale file may belong to someone else by now.
        String dir = layout.dir().toString();
        childrenOfTheStack().values().stream()
                .filter(child -> child.info().commandLine().map(line -> line.contains(dir)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    @Order(1)
    void aLauncherKilledMidWriteTakesItsChildrenAlongAndTheSameUpBringsBackEveryAcknowledgedWrite() throws Exception {
        WriteLedger ledger = new WriteLedger("crash-launcher-");
        Map<String, ProcessHandle> children;
        long killedAt;
        try (SteadyWriters writers = SteadyWriters.start(api, ledger, WRITERS, PACE)) {
            awaitAcknowledged(ledger, WRITES_BEFORE_CRASH);
            children = childrenOfTheStack();
            assertEquals(ServiceModule.values().length + 1, children.size(), "services and PostgreSQL: " + children);
            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs
            killedAt = System.nanoTime();
            assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "the launcher did not die");
            await("every child of the killed launcher ends on its own").atMost(CHILDREN_END_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> children.values().stream().noneMatch(ProcessHandle::isAlive));
        }
        Duration childrenGone = Duration.ofNanos(System.nanoTime() - killedAt);
        System.out.println("[LauncherCrashIT] after kill -9 of the launcher, its " + children.size()
                + " children (" + String.join(", ", children.keySet()) + ") ended on their own within "
                + seconds(childrenGone));

        Duration ready = up();
        String output = Files.readString(launcherLog, StandardCharsets.UTF_8);
        assertFalse(output.contains("already in use"), output);
        assertFalse(output.contains("left running by an earlier run"), "nothing should have been left: " + output);
        System.out.println("[LauncherCrashIT] the same up again: ready after " + seconds(ready));

        WriteLedger.Audit audit = ledger.audit(api);
        System.out.println("[LauncherCrashIT] launcher kill -9: " + audit.figures());
        assertEquals(List.of(), audit.lost(), "acknowledged but lost");
        assertEquals(List.of(), audit.duplicated(), "stored more than once");
        assertTrue(audit.matches() > 0, "no pair got as far as a match: " + audit.figures());
    }

    @Test
    @Order(2)
    void aServiceKilledMidWriteIsRestartedByTheLauncherWithBackOff() throws Exception {
        WriteLedger ledger = new WriteLedger("crash-service-");
        Map<ServiceModule, Duration> recovery = new LinkedHashMap<>();
        try (SteadyWriters writers = SteadyWriters.start(api, ledger, WRITERS, PACE_WHILE_SERVICES_DIE)) {
            awaitAcknowledged(ledger, WRITES_BEFORE_CRASH / 2);
            for (ServiceModule module : ServiceModule.values()) {
                recovery.put(module, killAndAwaitRestart(module));
                System.out.println("[LauncherCrashIT] " + module.moduleName() + " killed -9, healthy again after "
                        + seconds(recovery.get(module)));
                int before = ledger.acknowledged();
                awaitAcknowledged(ledger, before + 4);
            }
            // A second crash soon after the restart waits twice as long (RestartBackoff). The gateway is the one
            // killed last, so its restart is well within RestartBackoff.STABLE_AFTER however slow the machine.
            Duration again = killAndAwaitRestart(ServiceModule.GATEWAY);
            System.out.println("[LauncherCrashIT] gateway killed again right after its restart, healthy after "
                    + seconds(again));
        }
        Map<String, List<String>> restarts = restartsInTheLauncherOutput();
        for (ServiceModule module : ServiceModule.values()) {
            List<String> expected = module == ServiceModule.GATEWAY
                    ? List.of("1.0 s, crash 1", "2.0 s, crash 2") : List.of("1.0 s, crash 1");
            assertEquals(expected, restarts.get(module.moduleName()), module + " restarts: " + restarts);
        }

        WriteLedger.Audit audit = ledger.audit(api);
        System.out.println("[LauncherCrashIT] services kill -9: " + audit.figures());
        assertEquals(List.of(), audit.lost(), "acknowledged but lost");
        assertEquals(List.of(), audit.duplicated(), "stored more than once");
    }

    /** Kills the service's process, then waits until a new one (the launcher's restart) is healthy. */
    private Duration killAndAwaitRestart(ServiceModule module) {
        long pid = servicePid(module).orElseThrow(() -> new AssertionError(module + " has no pid file"));
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(module + " is not running"));
        service.destroyForcibly();
        long killedAt = System.nanoTime();
        await(module + " restarted by the launcher and healthy").atMost(READY_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    requireLauncherAlive();
                    return servicePid(module).filter(restarted -> restarted != pid).isPresent() && isReady(module);
                });
        return Duration.ofNanos(System.nanoTime() - killedAt);
    }

    private boolean isReady(ServiceModule module) {
        int port = ports.get(module == ServiceModule.GATEWAY ? StackPort.GATEWAY_MANAGEMENT : module.port());
        try {
            URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
            HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return reply.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each service's restarts as the launcher reported them: "delay, crash n in a row". */
    private Map<String, List<String>> restartsInTheLauncherOutput() throws IOException {
        Map<String, List<String>> restarts = new LinkedHashMap<>();
        Matcher line = RESTART_LINE.matcher(Files.readString(launcherLog, StandardCharsets.UTF_8));
        while (line.find()) {
            restarts.computeIfAbsent(line.group(1), name -> new ArrayList<>())
                    .add(line.group(2) + " s, crash " + line.group(3));
        }
        return restarts;
    }

    /** Runs {@code ./innomatch up --no-build} with this test's directory and ports; returns once it is ready. */
    private Duration up() throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("innomatch").toString(), "up", "--no-build",
                "--dir", layout.dir().toString(), "--timeout", "240", "--java-opts",
                String.join(" ", StackOptions.DEFAULT_JAVA_OPTIONS, System.getProperty("test.jvm.args", "")).trim()));
        ports.forEach((port, number) -> {
            command.add(port.option());
            command.add(String.valueOf(number));
        });
        runs++;
        launcherLog = artifacts.resolve("launcher-" + runs + ".log");
        Files.createDirectories(artifacts);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(launcherLog.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long begin = System.nanoTime();
        launcher = builder.start(); // the script execs the launcher JVM: this process is the launcher
        await("the stack started by run " + runs + " is up (" + launcherLog + ")").atMost(READY_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    requireLauncherAlive();
                    return Files.readString(launcherLog, StandardCharsets.UTF_8).contains(READY_LINE);
                });
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private void requireLauncherAlive() throws IOException {
        if (!launcher.isAlive()) {
            fail("the launcher exited with " + launcher.exitValue() + ":\n"
                    + Files.readString(launcherLog, StandardCharsets.UTF_8));
        }
    }

    private void awaitAcknowledged(WriteLedger ledger, int writes) {
        await(writes + " acknowledged writes").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> ledger.acknowledged() >= writes);
    }

    /** The live service processes and the PostgreSQL postmaster of the stack's directory, by name. */
    private Map<String, ProcessHandle> childrenOfTheStack() {
        Map<String, ProcessHandle> children = new LinkedHashMap<>();
        for (ServiceModule module : ServiceModule.values()) {
            servicePid(module).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                    .ifPresent(process -> children.put(module.moduleName(), process));
        }
        Leftovers.firstLinePid(layout.postgresDataDir().resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive).ifPresent(process -> children.put("postgresql", process));
        return children;
    }

    private Optional<Long> servicePid(ServiceModule module) {
        return Leftovers.firstLinePid(layout.serviceRunDir(module).resolve(Leftovers.SERVICE_PID_FILE));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
