package org.innomatch.loadbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The processes of one local stack, found in {@code /proc} by its state directory on their command lines, and the
 * CPU time each has used: user + system, for PostgreSQL also its backends (live ones and, through the postmaster's
 * children counters, those that ended).
 */
public final class StackProcesses {

    private static final double TICKS_PER_SECOND = 100.0;
    private static final Pattern QUARKUS_JAR = Pattern.compile("([\\w-]+)/target/quarkus-app/quarkus-run\\.jar");

    private final Map<String, Long> pids;

    private StackProcesses(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** The stack whose state directory is {@code stackDir}, plus this JVM as the load generator. */
    public static StackProcesses of(Path stackDir) {
        Map<String, Long> found = new LinkedHashMap<>();
        String dir = stackDir.toAbsolutePath().normalize().toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String command = commandLine(proc).orElse("");
                if (!command.contains(dir)) {
                    continue;
                }
                long pid = Long.parseLong(proc.getFileName().toString());
                Matcher jar = QUARKUS_JAR.matcher(command);
                if (jar.find()) {
                    found.put(jar.group(1), pid);
                } else if (command.contains("local-stack.jar")) {
                    found.put("launcher (Kafka, Mongo-wire)", pid);
                } else if (command.contains("bin/postgres ")) {
                    found.put("postgresql", pid);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        found.put("load generator", ProcessHandle.current().pid());
        return new StackProcesses(found);
    }

    /** A process's command line as a string, if it still runs. */
    static Optional<String> commandLine(Path proc) {
        try {
            return Optional.of(new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' '));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A setting {@code -Dname=value} from the command line of the named process. */
    public Optional<String> systemProperty(String process, String name) {
        Long pid = pids.get(process);
        if (pid == null) {
            return Optional.empty();
        }
        return commandLine(Path.of("/proc", pid.toString())).flatMap(command -> {
            Matcher m = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(command);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    public Map<String, Long> pids() {
        return Map.copyOf(pids);
    }

    /** CPU seconds used so far, per process name. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            long ticks = ticks(pid, name.equals("postgresql"));
            if (name.equals("postgresql")) {
                ticks += ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                        .mapToLong(child -> ticks(child.pid(), false)).sum();
            }
            seconds.put(name, ticks / TICKS_PER_SECOND);
        });
        return seconds;
    }

    private static long ticks(long pid, boolean withEndedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may hold spaces.
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
            if (withEndedChildren) {
                ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
