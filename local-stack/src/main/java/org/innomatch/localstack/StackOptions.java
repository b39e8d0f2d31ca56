package org.innomatch.localstack;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * @param demo           {@code up --demo}: load the demo dataset once the stack is healthy
 * @param gateway        the gateway {@code load-demo} loads through; for {@code up} the stack's own gateway
 */
public record StackOptions(Command command, Path dir, Path home, String host, StackPorts ports,
                           List<String> javaOptions, Duration healthTimeout, boolean demo, URI gateway) {

    /** {@code up} starts the stack; {@code load-demo} loads the demo dataset into a running one. */
    public enum Command { UP, HELP, LOAD_DEMO }

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
        boolean demo = false;
        String gateway = null;
        boolean commandSeen = false;

        List<String> remaining = new ArrayList<>(args);
        while (!remaining.isEmpty()) {
            String arg = remaining.remove(0);
            if (arg.equals("--help") || arg.equals("-h")) {
                command = Command.HELP;
                continue;
            }
            if (arg.equals("--demo")) {
                demo = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (commandSeen) {
                    throw new UsageException("unexpected argument '" + arg + "'");
                }
                commandSeen = true;
                command = switch (arg) {
                    case "up" -> command == Command.HELP ? Command.HELP : Command.UP;
                    case "load-demo" -> command == Command.HELP ? Command.HELP : Command.LOAD_DEMO;
                    case "help" -> Command.HELP;
                    default -> throw new UsageException("unknown command '" + arg + "' (expected up, load-demo or help)");
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
                case "--gateway" -> gateway = value(name, inlineValue, remaining);
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
        if (demo && command == Command.LOAD_DEMO) {
            throw new UsageException("--demo is an option of up; load-demo always loads the demo data");
        }
        if (gateway != null && command == Command.UP) {
            throw new UsageException("--gateway is an option of load-demo; up loads through its own gateway");
        }
        URI gatewayUrl = gateway != null ? parseGateway(gateway)
                : URI.create("http://" + urlHost(host) + ":" + ports.get(StackPort.GATEWAY));
        List<String> javaOptionList = javaOptions.isBlank() ? List.of() : List.of(javaOptions.trim().split("\\s+"));
        return new StackOptions(command, dirPath, homePath, host, ports, javaOptionList,
                Duration.ofSeconds(timeoutSeconds), demo, gatewayUrl);
    }

    private static URI parseGateway(String text) {
        try {
            URI uri = new URI(text.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw new UsageException("--gateway must be an http(s) URL such as http://127.0.0.1:8080, not '" + text + "'");
    }

    /** A wildcard address is reached through loopback; an IPv6 literal goes in brackets. */
    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
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
                       innomatch load-demo [--gateway <url>] [--dir <path>]
                       innomatch help

                up runs the whole Innomatch system on this machine: real PostgreSQL, a Kafka broker and a
                Mongo-wire server, then the five services as child processes; waits until every service is
                healthy and prints where everything is. Ctrl-C stops it all. Data is kept in --dir between runs.

                load-demo loads the fictional demo dataset (the 5th matchmaking event with S&T diplomats in
                Beijing: profiles, roadshow projects, one event and its registrations) through the public API
                of a running stack. Idempotent: the ids are kept in <dir>/demo/ids.json and a second load
                creates nothing new.

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
        usageLine(text, "--demo", "up: load the demo dataset once the stack is healthy");
        usageLine(text, "--gateway <url>", "load-demo: the gateway to load through (default http://<host>:<gateway port>)");
        usageLine(text, "--help", "show this help");
        return text.toString();
    }

    private static void usageLine(StringBuilder text, String option, String description) {
        text.append(String.format(Locale.ROOT, "  %-31s %s%n", option, description));
    }
}
