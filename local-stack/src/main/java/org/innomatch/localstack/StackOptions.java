package org.innomatch.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the user asked for on the command line (and through {@code INNOMATCH_*_PORT} variables).
 *
 * @param command        what to do
 * @param dir            working directory for data, logs and the pid file (absolute)
 * @param home           the Innomatch checkout whose built services are run (absolute); null for {@code help}
 * @param host           address every part listens on
 * @param ports          the port of every part
 * @param javaOptions    JVM options for each service process
 * @param healthTimeout  how long the services get to become healthy
 */
public record StackOptions(Command command, Path dir, Path home, String host, StackPorts ports,
                           List<String> javaOptions, Duration healthTimeout) {

    public enum Command { UP, HELP }

    public static final String DEFAULT_DIR = ".innomatch";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_TIMEOUT_SECONDS = 180;
    /**
     * Small heaps, serial GC and C1 only: the services start fastest this way on two cores, and a
     * development stack never runs long enough for C2 to pay off.
     */
    public static final String DEFAULT_JAVA_OPTIONS =
            "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError";

    public StackOptions {
        javaOptions = List.copyOf(javaOptions);
    }

    public int port(StackPort port) {
        return ports.get(port);
    }

    /** Parses the real command line of this process. */
    public static StackOptions parse(String[] args) {
        return parse(Arrays.asList(args), System.getenv(), Path.of("").toAbsolutePath(), InnomatchHome::locate);
    }

    /**
     * @param environment      where {@code INNOMATCH_*_PORT} overrides come from
     * @param workingDirectory what a relative {@code --dir} is resolved against
     * @param defaultHome      finds the checkout when {@code --home} is not given
     * @throws UsageException  with a one-line message if anything is wrong
     */
    public static StackOptions parse(List<String> args, Map<String, String> environment, Path workingDirectory,
                                     Supplier<Optional<Path>> defaultHome) {
        Map<String, StackPort> portOptions = new HashMap<>();
        StackPorts ports = StackPorts.defaults();
        for (StackPort port : StackPort.values()) {
            portOptions.put(port.option(), port);
            String fromEnvironment = environment.get(port.environmentVariable());
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                ports = ports.with(port, parsePort(port.environmentVariable(), fromEnvironment.trim()));
            }
        }

        Command command = Command.UP;
        String dir = DEFAULT_DIR;
        String home = null;
        String host = DEFAULT_HOST;
        String javaOptions = DEFAULT_JAVA_OPTIONS;
        int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        boolean commandSeen = false;

        List<String> remaining = new ArrayList<>(args);
        while (!remaining.isEmpty()) {
            String arg = remaining.remove(0);
            if (arg.equals("--help") || arg.equals("-h")) {
                command = Command.HELP;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (commandSeen) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                commandSeen = true;
                command = switch (arg) {
                    case "up" -> command == Command.HELP ? Command.HELP : Command.UP;
                    case "help" -> Command.HELP;
                    default -> throw new UsageException("unknown command '" + arg + "' (expected up or help)");
                };
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            if (portOptions.containsKey(name)) {
                ports = ports.with(portOptions.get(name), parsePort(name, value(name, inlineValue, remaining)));
                continue;
            }
            switch (name) {
                case "--dir" -> dir = value(name, inlineValue, remaining);
                case "--home" -> home = value(name, inlineValue, remaining);
                case "--host" -> host = value(name, inlineValue, remaining);
                case "--java-opts" -> javaOptions = value(name, inlineValue, remaining);
                case "--timeout" -> timeoutSeconds = parsePositive(name, value(name, inlineValue, remaining));
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }

        if (host.isBlank()) {
            throw new UsageException("--host must not be empty");
        }
        requireDistinct(ports);
        Path dirPath = workingDirectory.resolve(dir).toAbsolutePath().normalize();
        Path homePath = null;
        if (command == Command.UP) {
            homePath = home != null
                    ? workingDirectory.resolve(home).toAbsolutePath().normalize()
                    : defaultHome.get().orElseThrow(() -> new UsageException("cannot find the Innomatch checkout"
                            + " (a folder with local-stack/pom.xml) above this jar; pass --home <repo root>"));
        }
        List<String> javaOptionList = javaOptions.isBlank() ? List.of() : List.of(javaOptions.trim().split("\\s+"));
        return new StackOptions(command, dirPath, homePath, host, ports, javaOptionList,
                Duration.ofSeconds(timeoutSeconds));
    }

    private static String value(String option, String inlineValue, List<String> remaining) {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (remaining.isEmpty()) {
            throw new UsageException("option " + option + " needs a value");
        }
        return remaining.remove(0);
    }

    private static int parsePort(String source, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(source + " must be a port number from 1 to 65535, not '" + text + "'");
    }

    private static int parsePositive(String option, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(option + " must be a positive number of seconds, not '" + text + "'");
    }

    private static void requireDistinct(StackPorts ports) {
        Map<Integer, StackPort> seen = new HashMap<>();
        for (StackPort port : StackPort.values()) {
            StackPort other = seen.putIfAbsent(ports.get(port), port);
            if (other != null) {
                throw new UsageException("port " + ports.get(port) + " is given to both " + other.part()
                        + " and " + port.part() + "; each part needs its own port");
            }
        }
    }

    /** The help text of the {@code up} command. */
    public static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: innomatch [up] [options]
                       innomatch help

                Runs the whole Innomatch system on this machine: real PostgreSQL, a Kafka broker and a
                Mongo-wire server, then the five services as child processes; waits until every service is
                healthy and prints where everything is. Ctrl-C stops it all. Data is kept in --dir between runs.

                Options:
                """);
        usageLine(text, "--dir <path>", "working directory for data and logs (default ./" + DEFAULT_DIR + ")");
        usageLine(text, "--home <path>", "the Innomatch checkout with the built services (default: found from this jar)");
        usageLine(text, "--host <address>", "address every part listens on (default " + DEFAULT_HOST + ")");
        for (StackPort port : StackPort.values()) {
            usageLine(text, port.option() + " <port>", port.part() + " (default " + port.defaultPort() + ", or env "
                    + port.environmentVariable() + ")");
        }
        usageLine(text, "--java-opts \"<options>\"", "JVM options for each service");
        usageLine(text, "", "(default \"" + DEFAULT_JAVA_OPTIONS + "\")");
        usageLine(text, "--timeout <seconds>", "how long the services get to become healthy (default "
                + DEFAULT_TIMEOUT_SECONDS + ")");
        usageLine(text, "--help", "show this help");
        return text.toString();
    }

    private static void usageLine(StringBuilder text, String option, String description) {
        text.append(String.format("  %-31s %s%n", option, description));
    }
}
