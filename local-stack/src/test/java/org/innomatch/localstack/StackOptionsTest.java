package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    private static final Path WORKING_DIRECTORY = Path.of("/work/checkout");
    private static final Path HOME = Path.of("/opt/innomatch");

    private static StackOptions parse(List<String> args, Map<String, String> environment) {
        return StackOptions.parse(args, environment, WORKING_DIRECTORY, () -> Optional.of(HOME));
    }

    private static String usageError(List<String> args, Map<String, String> environment) {
        return assertThrows(UsageException.class, () -> parse(args, environment)).getMessage();
    }

    @Test
    void noArgumentsMeanUpWithTheDocumentedDefaults() {
        StackOptions options = parse(List.of(), Map.of());

        assertEquals(StackOptions.Command.UP, options.command());
        assertEquals(Path.of("/work/checkout/.innomatch"), options.dir());
        assertEquals(HOME, options.home());
        assertEquals("127.0.0.1", options.host());
        assertEquals(Duration.ofSeconds(180), options.healthTimeout());
        assertEquals(List.of(StackOptions.DEFAULT_JAVA_OPTIONS.split(" ")), options.javaOptions());
        assertEquals(8080, options.port(StackPort.GATEWAY));
        assertEquals(8081, options.port(StackPort.PROFILE));
        assertEquals(8082, options.port(StackPort.PROJECT));
        assertEquals(8083, options.port(StackPort.MATCHING));
        assertEquals(8084, options.port(StackPort.NOTIFICATION));
        assertEquals(9092, options.port(StackPort.KAFKA));
        assertEquals(9093, options.port(StackPort.KAFKA_CONTROLLER));
        assertEquals(5433, options.port(StackPort.POSTGRES));
        assertEquals(27018, options.port(StackPort.MONGO));
    }

    @Test
    void everyOptionIsRead() {
        StackOptions options = parse(List.of("up", "--dir", "data/stack", "--home", "/src/innomatch",
                "--host", "127.0.0.2", "--gateway-port", "18080", "--profile-port=18081", "--project-port", "18082",
                "--matching-port", "18083", "--notification-port", "18084", "--kafka-port", "19092",
                "--kafka-controller-port", "19093", "--postgres-port", "15433", "--mongo-port", "37018",
                "--java-opts", " -Xmx200m  -XX:+UseSerialGC ", "--timeout", "60"), Map.of());

        assertEquals(Path.of("/work/checkout/data/stack"), options.dir());
        assertEquals(Path.of("/src/innomatch"), options.home());
        assertEquals("127.0.0.2", options.host());
        assertEquals(List.of("-Xmx200m", "-XX:+UseSerialGC"), options.javaOptions());
        assertEquals(Duration.ofSeconds(60), options.healthTimeout());
        assertEquals(18080, options.port(StackPort.GATEWAY));
        assertEquals(18081, options.port(StackPort.PROFILE));
        assertEquals(18082, options.port(StackPort.PROJECT));
        assertEquals(18083, options.port(StackPort.MATCHING));
        assertEquals(18084, options.port(StackPort.NOTIFICATION));
        assertEquals(19092, options.port(StackPort.KAFKA));
        assertEquals(19093, options.port(StackPort.KAFKA_CONTROLLER));
        assertEquals(15433, options.port(StackPort.POSTGRES));
        assertEquals(37018, options.port(StackPort.MONGO));
    }

    @Test
    void anAbsoluteDirIsTakenAsItIs() {
        assertEquals(Path.of("/var/tmp/stack"), parse(List.of("--dir", "/var/tmp/stack/"), Map.of()).dir());
    }

    @Test
    void portsCanBeSetThroughTheEnvironmentAndTheCommandLineWins() {
        StackOptions options = parse(List.of("--kafka-port", "29092"),
                Map.of("INNOMATCH_KAFKA_PORT", "19092", "INNOMATCH_GATEWAY_PORT", "18080",
                        "INNOMATCH_KAFKA_CONTROLLER_PORT", "19093"));

        assertEquals(29092, options.port(StackPort.KAFKA));
        assertEquals(18080, options.port(StackPort.GATEWAY));
        assertEquals(19093, options.port(StackPort.KAFKA_CONTROLLER));
        assertEquals(8081, options.port(StackPort.PROFILE));
    }

    @Test
    void everyPortHasItsEnvironmentVariable() {
        for (StackPort port : StackPort.values()) {
            StackOptions options = parse(List.of(), Map.of(port.environmentVariable(), "40000"));
            assertEquals(40000, options.port(port), port.environmentVariable());
        }
        assertEquals("INNOMATCH_NOTIFICATION_PORT", StackPort.NOTIFICATION.environmentVariable());
        assertEquals("--kafka-controller-port", StackPort.KAFKA_CONTROLLER.option());
    }

    @Test
    void anUnknownOptionIsAOneLineError() {
        String message = usageError(List.of("up", "--gatway-port", "8080"), Map.of());

        assertEquals("unknown option '--gatway-port'", message);
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("--kafka-port must be a port number from 1 to 65535, not 'abc'",
                usageError(List.of("--kafka-port", "abc"), Map.of()));
        assertEquals("--mongo-port must be a port number from 1 to 65535, not '70000'",
                usageError(List.of("--mongo-port", "70000"), Map.of()));
        assertEquals("INNOMATCH_POSTGRES_PORT must be a port number from 1 to 65535, not 'x'",
                usageError(List.of(), Map.of("INNOMATCH_POSTGRES_PORT", "x")));
        assertEquals("--timeout must be a positive number of seconds, not '0'",
                usageError(List.of("--timeout", "0"), Map.of()));
        assertEquals("option --dir needs a value", usageError(List.of("--dir"), Map.of()));
        assertEquals("unknown command 'down' (expected up, load-demo or help)", usageError(List.of("down"), Map.of()));
        assertEquals("unexpected argument 'extra'", usageError(List.of("up", "extra"), Map.of()));
    }

    @Test
    void twoPartsCannotShareAPort() {
        assertEquals("port 8081 is given to both profile-service and gateway; each part needs its own port",
                usageError(List.of("--gateway-port", "8081"), Map.of()));
    }

    @Test
    void helpNeedsNoCheckout() {
        StackOptions options = StackOptions.parse(List.of("up", "--help"), Map.of(), WORKING_DIRECTORY, Optional::empty);

        assertEquals(StackOptions.Command.HELP, options.command());
        assertNull(options.home());
        assertEquals(StackOptions.Command.HELP, parse(List.of("help"), Map.of()).command());
    }

    @Test
    void upWithoutACheckoutAsksForHome() {
        UsageException error = assertThrows(UsageException.class,
                () -> StackOptions.parse(List.of(), Map.of(), WORKING_DIRECTORY, Optional::empty));

        assertTrue(error.getMessage().contains("pass --home"), error.getMessage());
    }

    @Test
    void usageListsEveryPortOption() {
        String usage = StackOptions.usage();

        for (StackPort port : StackPort.values()) {
            assertTrue(usage.contains(port.option()), port.option());
            assertTrue(usage.contains(port.environmentVariable()), port.environmentVariable());
        }
        assertTrue(usage.contains("--java-opts"));
        assertFalse(usage.contains("%"));
    }

    @Test
    void upLoadsTheDemoDataOnlyWhenAsked() {
        assertFalse(parse(List.of("up"), Map.of()).demo());
        assertTrue(parse(List.of("up", "--demo"), Map.of()).demo());
        assertEquals("--gateway is an option of load-demo; up loads through its own gateway",
                usageError(List.of("up", "--gateway", "http://127.0.0.1:8080"), Map.of()));
    }

    @Test
    void loadDemoNeedsNoCheckoutAndDefaultsToTheLocalGateway() {
        StackOptions options = StackOptions.parse(List.of("load-demo"), Map.of("INNOMATCH_GATEWAY_PORT", "18080"),
                WORKING_DIRECTORY, Optional::empty);

        assertEquals(StackOptions.Command.LOAD_DEMO, options.command());
        assertNull(options.home());
        assertEquals(URI.create("http://127.0.0.1:18080"), options.gateway());
        assertEquals(Path.of("/work/checkout/.innomatch"), options.dir());
    }

    @Test
    void loadDemoTakesAGatewayAndADir() {
        StackOptions options = parse(List.of("load-demo", "--gateway", "http://10.0.0.5:9080", "--dir", "demo-stack"), Map.of());

        assertEquals(URI.create("http://10.0.0.5:9080"), options.gateway());
        assertEquals(Path.of("/work/checkout/demo-stack"), options.dir());
        assertEquals("--gateway must be an http(s) URL such as http://127.0.0.1:8080, not 'localhost:8080'",
                usageError(List.of("load-demo", "--gateway", "localhost:8080"), Map.of()));
        assertEquals("--demo is an option of up; load-demo always loads the demo data",
                usageError(List.of("load-demo", "--demo"), Map.of()));
    }

    @Test
    void usageDescribesTheDemo() {
        String usage = StackOptions.usage();

        assertTrue(usage.contains("innomatch load-demo [--gateway <url>] [--dir <path>]"), usage);
        assertTrue(usage.contains("--demo"), usage);
    }
}
