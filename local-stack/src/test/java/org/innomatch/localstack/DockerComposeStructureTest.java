package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks the structure of the repository's {@code docker-compose.yml} without a Docker engine: the services,
 * their health checks and start order, the connection settings each service receives, the images they are built
 * from, the Kafka topics and the PostgreSQL databases. It reads the file as plain YAML, so it accepts both
 * spellings Compose allows for environments, dependencies, ports, volumes and commands.
 *
 * <p>
 * The file is found by walking up from {@code user.dir} to the folder that holds both {@code docker-compose.yml} and
 * the parent {@code pom.xml} listing {@code local-stack}. {@code -Dinnomatch.compose.file=PATH} points the test at
 * another copy instead (useful to check that a broken file is reported); Dockerfiles and the init script are then
 * resolved next to that copy.
 */
class DockerComposeStructureTest {

    static final String COMPOSE_FILE_PROPERTY = "innomatch.compose.file";

    static final List<String> INFRASTRUCTURE = List.of("postgres", "mongo", "kafka");
    static final String KAFKA_INIT = "kafka-init";

    /** Application services and the HTTP port each listens on inside the compose network. */
    static final int GATEWAY_MANAGEMENT_PORT = 9000;

    static final Map<String, Integer> APP_PORTS = orderedMap(
            "profile-service", 8081,
            "project-service", 8082,
            "matching-service", 8083,
            "notification-service", 8084,
            "gateway", 8080);

    static final List<String> KAFKA_CLIENTS = List.of(
            "profile-service", "project-service", "matching-service", "notification-service");

    static final Map<String, String> JDBC_URLS = orderedMap(
            "profile-service", "jdbc:postgresql://postgres:5432/innomatch_profiles",
            "project-service", "jdbc:postgresql://postgres:5432/innomatch_projects");

    static final String MONGO_CONNECTION_STRING = "mongodb://mongo:27017/?replicaSet=rs0";
    static final Map<String, String> MONGO_DATABASES = orderedMap(
            "matching-service", "innomatch_matching",
            "notification-service", "innomatch_notifications");

    static final Map<String, String> GATEWAY_UPSTREAMS = orderedMap(
            "INNOMATCH_GATEWAY_PROFILE_SERVICE_URL", "http://profile-service:8081",
            "INNOMATCH_GATEWAY_PROJECT_SERVICE_URL", "http://project-service:8082",
            "INNOMATCH_GATEWAY_MATCHING_SERVICE_URL", "http://matching-service:8083",
            "INNOMATCH_GATEWAY_NOTIFICATION_SERVICE_URL", "http://notification-service:8084");

    static final List<String> COMPACTED_TOPICS = List.of("innomatch.profiles", "innomatch.projects",
            "innomatch.api-keys");
    static final List<String> PLAIN_TOPICS = List.of(
            "innomatch.events", "innomatch.matches", "innomatch.meetings", "innomatch.notifications.dlq",
            "innomatch.ping", "innomatch.rate-usage", "innomatch.notifications.live",
            "innomatch.profiles.dlq.project-service", "innomatch.matches.dlq.profile-service",
            "innomatch.meetings.dlq.profile-service", "innomatch.events.dlq.matching-service");

    static final List<String> DATABASES = List.of("innomatch_profiles", "innomatch_projects");

    static final String HEALTHY = "service_healthy";
    static final String COMPLETED = "service_completed_successfully";
    /** What Compose assumes for the short (list) syntax of depends_on. */
    static final String STARTED = "service_started";

    static Path composeFile;
    static Path root;
    static JsonNode compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        composeFile = locateComposeFile();
        root = composeFile.toAbsolutePath().getParent();
        compose = new YAMLMapper().readTree(composeFile.toFile());
        assertNotNull(compose, composeFile + " is empty");
        assertTrue(compose.path("services").isObject(), composeFile + " has no 'services:' mapping");
    }

    // ------------------------------------------------------------------------------------------- tests

    @Test
    void everyExpectedServiceIsDefined() {
        List<String> expected = new ArrayList<>(INFRASTRUCTURE);
        expected.add(KAFKA_INIT);
        expected.addAll(APP_PORTS.keySet());
        List<String> missing = expected.stream().filter(name -> !compose.path("services").has(name)).toList();
        assertTrue(missing.isEmpty(), "docker-compose.yml lacks the service(s) " + missing
                + "; defined are " + fieldNames(compose.path("services")));
    }

    @Test
    void infrastructureUsesTheAgreedImages() {
        assertAll(
                () -> assertEquals("postgres:18", text(service("postgres"), "image"),
                        "service 'postgres' must use image postgres:18"),
                () -> assertEquals("mongo:8.0", text(service("mongo"), "image"),
                        "service 'mongo' must use image mongo:8.0"),
                () -> assertEquals("apache/kafka:4.1.1", text(service("kafka"), "image"),
                        "service 'kafka' must use image apache/kafka:4.1.1"),
                () -> assertEquals(text(service("kafka"), "image"), text(service(KAFKA_INIT), "image"),
                        "service 'kafka-init' must use the same image as 'kafka' (its CLI tools must match the broker)"));
    }

    @Test
    void everyLongRunningServiceHasAMeaningfulHealthcheck() {
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertHealthcheckContains("postgres", "pg_isready"));
        checks.add(() -> assertHealthcheckContains("mongo", "mongosh", "rs.initiate", "rs0", "mongo:27017"));
        checks.add(() -> {
            String test = healthcheck("kafka");
            assertTrue(test.contains("kafka-broker-api-versions.sh") || test.contains("kafka-topics.sh"),
                    "service 'kafka': the healthcheck must ask the broker itself (kafka-broker-api-versions.sh or "
                            + "kafka-topics.sh), but is: " + test);
            assertTrue(test.contains("localhost:9092") || test.contains("kafka:9092"),
                    "service 'kafka': the healthcheck must use the internal listener on port 9092, but is: " + test);
        });
        // The gateway answers health on its management interface only, never on its public port.
        APP_PORTS.forEach((name, port) -> checks.add(() -> assertHealthcheckContains(name,
                "curl -fsS", "http://localhost:" + (name.equals("gateway") ? GATEWAY_MANAGEMENT_PORT : port)
                        + "/q/health/ready")));
        assertAll(checks);
    }

    @Test
    void servicesStartOnlyOnceTheirDependenciesAreReady() {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (String name : List.of("profile-service", "project-service")) {
            expected.put(name, orderedMap("postgres", HEALTHY, "kafka", HEALTHY, KAFKA_INIT, COMPLETED));
        }
        for (String name : List.of("matching-service", "notification-service")) {
            expected.put(name, orderedMap("mongo", HEALTHY, "kafka", HEALTHY, KAFKA_INIT, COMPLETED));
        }
        expected.put("gateway", orderedMap("profile-service", HEALTHY, "project-service", HEALTHY,
                "matching-service", HEALTHY, "notification-service", HEALTHY));
        expected.put(KAFKA_INIT, orderedMap("kafka", HEALTHY));

        List<Executable> checks = new ArrayList<>();
        expected.forEach((name, deps) -> deps.forEach((dependency, condition) -> checks.add(() -> {
            Map<String, String> actual = dependsOn(name);
            assertTrue(actual.containsKey(dependency), "service '" + name + "' must list '" + dependency
                    + "' under depends_on with condition: " + condition + "; it lists " + actual.keySet());
            assertEquals(condition, actual.get(dependency), "service '" + name + "' must wait for '" + dependency
                    + "' with condition: " + condition);
        })));
        assertAll(checks);
    }

    @Test
    void everyAwaitedDependencyCanReachTheAwaitedState() {
        List<Executable> checks = new ArrayList<>();
        for (String name : fieldNames(compose.path("services"))) {
            dependsOn(name).forEach((dependency, condition) -> checks.add(() -> {
                assertTrue(compose.path("services").has(dependency),
                        "service '" + name + "' depends on '" + dependency + "', which is not defined");
                if (HEALTHY.equals(condition)) {
                    assertFalse(healthcheck(dependency).isEmpty(), "service '" + name + "' waits for '" + dependency
                            + "' to be healthy, but '" + dependency + "' has no healthcheck, so it never will be");
                }
                if (COMPLETED.equals(condition)) {
                    String restart = text(service(dependency), "restart");
                    assertFalse("always".equals(restart) || "unless-stopped".equals(restart),
                            "service '" + name + "' waits for the one-shot '" + dependency
                                    + "' to complete, but its restart policy '" + restart + "' restarts it after it exits");
                }
            }));
        }
        assertAll(checks);
    }

    @Test
    void appServicesReceiveTheirConnectionSettings() {
        String dbUser = interpolateDefaults(environment("postgres").get("POSTGRES_USER"));
        String dbPassword = interpolateDefaults(environment("postgres").get("POSTGRES_PASSWORD"));
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals("innomatch", dbUser,
                "service 'postgres': POSTGRES_USER must default to innomatch, e.g. ${POSTGRES_USER:-innomatch}"));
        checks.add(() -> assertEquals("innomatch", dbPassword,
                "service 'postgres': POSTGRES_PASSWORD must default to innomatch, e.g. ${POSTGRES_PASSWORD:-innomatch}"));

        APP_PORTS.forEach((name, port) -> {
            checks.add(() -> assertEnv(name, "QUARKUS_HTTP_PORT", String.valueOf(port)));
            checks.add(() -> assertEnv(name, "QUARKUS_PROFILE", "prod"));
        });
        KAFKA_CLIENTS.forEach(name -> checks.add(() -> assertEnv(name, "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")));
        JDBC_URLS.forEach((name, url) -> {
            checks.add(() -> assertEnv(name, "QUARKUS_DATASOURCE_JDBC_URL", url));
            checks.add(() -> assertEnv(name, "QUARKUS_DATASOURCE_USERNAME", dbUser));
            checks.add(() -> assertEnv(name, "QUARKUS_DATASOURCE_PASSWORD", dbPassword));
        });
        MONGO_DATABASES.forEach((name, database) -> {
            checks.add(() -> assertEnv(name, "QUARKUS_MONGODB_CONNECTION_STRING", MONGO_CONNECTION_STRING));
            checks.add(() -> assertEnv(name, "QUARKUS_MONGODB_DATABASE", database));
        });
        assertAll(checks);
    }

    @Test
    void gatewayInstancesShareApiKeysAndRateLimitsThroughKafkaAndTheSignalTopicsAreShortLived() {
        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertEnv("gateway", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"),
                () -> assertEnv("gateway", "INNOMATCH_AUTH_API_KEYS_TOPIC", "innomatch.api-keys"),
                () -> assertEnv("gateway", "INNOMATCH_RATE_LIMIT_SHARED_TOPIC", "innomatch.rate-usage")));
        for (String topic : List.of("innomatch.rate-usage", "innomatch.notifications.live")) {
            List<String> create = shellCommands(KAFKA_INIT).stream()
                    .filter(tokens -> tokens.contains("--create") && topicOf(tokens).filter(topic::equals).isPresent())
                    .findFirst().orElse(List.of());
            checks.add(() -> assertTrue(create.stream().anyMatch(token -> token.endsWith("retention.ms=60000")),
                    "service 'kafka-init': " + topic + " only matters for seconds and must be created with "
                            + "--config retention.ms=60000, but the command is " + create));
        }
        assertAll(checks);
    }

    @Test
    void gatewayRoutesToEachServiceByComposeNameAndPort() {
        Map<String, String> env = environment("gateway");
        List<Executable> checks = new ArrayList<>();
        GATEWAY_UPSTREAMS.forEach((variable, url) -> checks.add(() -> {
            assertEnv("gateway", variable, url);
            // the same fact derived from the file itself: the URL names a defined service on its own port
            Matcher m = Pattern.compile("http://([^:/]+):(\\d+)/?").matcher(interpolateDefaults(env.get(variable)));
            assertTrue(m.matches(), "service 'gateway': " + variable + " must look like http://<service>:<port>");
            assertTrue(compose.path("services").has(m.group(1)), "service 'gateway': " + variable
                    + " points to host '" + m.group(1) + "', which is not a service of docker-compose.yml");
            assertEquals(interpolateDefaults(environment(m.group(1)).get("QUARKUS_HTTP_PORT")), m.group(2),
                    "service 'gateway': " + variable + " uses a port other than the QUARKUS_HTTP_PORT of '"
                            + m.group(1) + "'");
        }));
        assertAll(checks);
    }

    @Test
    void onlyTheGatewayIsPublishedToTheHost() {
        List<Executable> checks = new ArrayList<>();
        APP_PORTS.keySet().stream().filter(name -> !name.equals("gateway")).forEach(name -> checks.add(
                () -> assertTrue(publishedContainerPorts(name).isEmpty(), "service '" + name
                        + "' must not publish ports to the host (only the gateway does), but publishes "
                        + publishedContainerPorts(name))));
        checks.add(() -> assertEquals(List.of("8080"), publishedContainerPorts("gateway"),
                "service 'gateway' must publish its container port 8080 and not its management port "
                        + GATEWAY_MANAGEMENT_PORT + ", but publishes " + publishedContainerPorts("gateway")));
        assertAll(checks);
    }

    @Test
    void everyAppServiceIsBuiltFromTheDockerfileInItsModule() {
        List<Executable> checks = new ArrayList<>();
        APP_PORTS.forEach((name, port) -> checks.add(() -> {
            JsonNode build = service(name).path("build");
            assertFalse(build.isMissingNode() || build.isNull(), "service '" + name + "' has no 'build:' section");
            String context = build.isTextual() ? build.asText() : text(build, "context");
            assertNotNull(context, "service '" + name + "': build has no context");
            Path contextDir = root.resolve(context).normalize();
            assertEquals(root.resolve(name).normalize(), contextDir,
                    "service '" + name + "': the build context must be its module folder ./" + name);
            String dockerfileName = build.isObject() && build.has("dockerfile") ? text(build, "dockerfile") : "Dockerfile";
            assertEquals("src/main/docker/Dockerfile.jvm", dockerfileName,
                    "service '" + name + "': build.dockerfile must be src/main/docker/Dockerfile.jvm");
            Path dockerfile = contextDir.resolve(dockerfileName);
            assertTrue(Files.isRegularFile(dockerfile),
                    "service '" + name + "': build points to " + dockerfile + ", which does not exist");
            assertDockerfile(name, port, dockerfile);
        }));
        assertAll(checks);
    }

    @Test
    void kafkaInitCreatesEveryTopicOnceAndCompactsTheStateTopics() {
        List<List<String>> commands = shellCommands(KAFKA_INIT);
        List<Executable> checks = new ArrayList<>();
        for (String topic : concat(COMPACTED_TOPICS, PLAIN_TOPICS)) {
            checks.add(() -> {
                List<String> create = commands.stream()
                        .filter(tokens -> tokens.contains("--create") && topicOf(tokens).filter(topic::equals).isPresent())
                        .findFirst()
                        .orElse(null);
                assertNotNull(create, "service 'kafka-init': no 'kafka-topics.sh --create --topic " + topic
                        + "' in its command");
                assertTrue(create.contains("--if-not-exists"), "service 'kafka-init': creating " + topic
                        + " must use --if-not-exists so that a restart of the stack does not fail");
                assertTrue(create.contains("kafka:9092") || create.contains("--bootstrap-server=kafka:9092"),
                        "service 'kafka-init': creating " + topic + " must use --bootstrap-server kafka:9092");
                boolean compacted = create.stream().anyMatch(t -> t.endsWith("cleanup.policy=compact"));
                if (COMPACTED_TOPICS.contains(topic)) {
                    assertTrue(compacted, "service 'kafka-init': topic " + topic
                            + " carries the full current state and must be created with --config cleanup.policy=compact");
                } else {
                    assertFalse(compacted, "service 'kafka-init': topic " + topic
                            + " is an event stream and must not be compacted");
                }
            });
        }
        assertAll(checks);
    }

    @Test
    void kafkaRunsInKraftModeWithAnInternalAndAHostListener() {
        Map<String, String> env = environment("kafka");
        assertAll(
                () -> {
                    String roles = env.getOrDefault("KAFKA_PROCESS_ROLES", "");
                    assertTrue(roles.contains("broker") && roles.contains("controller"),
                            "service 'kafka': KAFKA_PROCESS_ROLES must be broker,controller (single KRaft node), but is '"
                                    + roles + "'");
                },
                () -> {
                    String advertised = interpolateDefaults(env.getOrDefault("KAFKA_ADVERTISED_LISTENERS", ""));
                    assertTrue(advertised.contains("://kafka:9092"), "service 'kafka': KAFKA_ADVERTISED_LISTENERS must"
                            + " advertise kafka:9092 to the compose network, but is '" + advertised + "'");
                    assertTrue(advertised.split(",").length >= 2, "service 'kafka': KAFKA_ADVERTISED_LISTENERS needs a"
                            + " second listener for the host, but is '" + advertised + "'");
                },
                () -> assertEquals("1", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"),
                        "service 'kafka': KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR must be 1 on a single node"),
                () -> assertEquals("1", env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"),
                        "service 'kafka': KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR must be 1 on a single node"),
                () -> {
                    String command = commandText(service("mongo").path("command"));
                    assertTrue(command.matches("(?s).*--replSet\\s+rs0\\b.*") && command.contains("--bind_ip_all"),
                            "service 'mongo' must start as replica set rs0 on all interfaces (--replSet rs0 "
                                    + "--bind_ip_all), but its command is '" + command + "'");
                });
    }

    @Test
    void infrastructureKeepsItsDataInNamedVolumes() {
        String kafkaLogDirs = environment("kafka").get("KAFKA_LOG_DIRS");
        assertAll(
                () -> assertNamedVolumeAt("postgres", "/var/lib/postgresql",
                        " (from PostgreSQL 18 the image keeps its data below /var/lib/postgresql/18/ and refuses a"
                                + " volume on /var/lib/postgresql/data)"),
                () -> assertNamedVolumeAt("mongo", "/data/db", ""),
                () -> {
                    assertNotNull(kafkaLogDirs, "service 'kafka': set KAFKA_LOG_DIRS, or the log stays in /tmp");
                    assertNamedVolumeAt("kafka", kafkaLogDirs, " (the path of KAFKA_LOG_DIRS)");
                });
    }

    @Test
    void postgresInitScriptCreatesOneDatabasePerService() throws IOException {
        List<String[]> initMounts = volumes("postgres").stream()
                .filter(v -> v[1].startsWith("/docker-entrypoint-initdb.d"))
                .toList();
        assertFalse(initMounts.isEmpty(), "service 'postgres' mounts nothing into /docker-entrypoint-initdb.d/");
        StringBuilder sql = new StringBuilder();
        for (String[] mount : initMounts) {
            assertNotNull(mount[0], "service 'postgres': the mount on " + mount[1] + " has no source");
            Path source = root.resolve(mount[0]).normalize();
            assertTrue(Files.exists(source), "service 'postgres' mounts " + source + ", which does not exist");
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                        sql.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                    }
                }
            } else {
                assertTrue(mount[1].endsWith(".sql") || mount[1].endsWith(".sh"), "service 'postgres': the image"
                        + " runs only *.sql / *.sh files from /docker-entrypoint-initdb.d/, not " + mount[1]);
                sql.append(Files.readString(source, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String statements = sql.toString().replaceAll("--[^\\n]*", "");
        List<Executable> checks = new ArrayList<>();
        for (String database : DATABASES) {
            checks.add(() -> assertTrue(
                    Pattern.compile("(?i)\\bCREATE\\s+DATABASE\\s+\"?" + database + "\"?[\\s;]").matcher(statements).find(),
                    "the PostgreSQL init script does not create database " + database));
        }
        assertAll(checks);
    }

    // ------------------------------------------------------------------------------------------- assertions

    static void assertHealthcheckContains(String name, String... parts) {
        String test = healthcheck(name);
        assertFalse(test.isEmpty(), "service '" + name + "' has no healthcheck");
        for (String part : parts) {
            assertTrue(test.contains(part), "service '" + name + "': the healthcheck must contain '" + part
                    + "', but is: " + test);
        }
    }

    static void assertEnv(String name, String variable, String expected) {
        Map<String, String> env = environment(name);
        assertTrue(env.containsKey(variable), "service '" + name + "' does not set " + variable
                + " (expected " + expected + "); it sets " + env.keySet());
        assertEquals(expected, interpolateDefaults(env.get(variable)),
                "service '" + name + "': " + variable + " has the wrong value");
    }

    static void assertNamedVolumeAt(String name, String target, String why) {
        Optional<String[]> mount = volumes(name).stream().filter(v -> v[1].equals(target)).findFirst();
        assertTrue(mount.isPresent(), "service '" + name + "' must mount a named volume on " + target + why
                + "; its volumes are " + volumes(name).stream().map(v -> v[0] + ":" + v[1]).toList());
        String source = mount.get()[0];
        assertTrue(source != null && compose.path("volumes").has(source), "service '" + name + "': the volume on "
                + target + " must be a named volume declared under the top-level 'volumes:', but its source is "
                + source);
    }

    static void assertDockerfile(String name, int port, Path dockerfile) throws IOException {
        List<String> lines = Files.readAllLines(dockerfile, StandardCharsets.UTF_8).stream()
                .map(String::trim)
                .filter(l -> !l.startsWith("#"))
                .toList();
        String text = String.join("\n", lines);
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/quarkus-run.jar",
                "target/quarkus-app/app/", "target/quarkus-app/quarkus/")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("COPY") && l.contains(part)),
                    dockerfile + " must COPY " + part + " (the Quarkus fast-jar layout)");
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("EXPOSE\\s+(.*\\s)?" + port + "(/tcp)?(\\s.*)?")),
                dockerfile + " must EXPOSE " + port + ", the port of " + name);
        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).map(l -> l.substring(5).trim()).toList();
        assertFalse(users.isEmpty(), dockerfile + " must switch to a non-root USER");
        String lastUser = users.get(users.size() - 1);
        assertFalse(lastUser.equals("root") || lastUser.equals("0") || lastUser.startsWith("0:"),
                dockerfile + " must run as a non-root user, but its last USER is " + lastUser);
        assertTrue(text.contains("JAVA_APP_JAR") && text.contains("quarkus-run.jar"),
                dockerfile + " must point JAVA_APP_JAR at quarkus-run.jar");
        if (healthcheck(name).contains("curl")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("RUN") && l.contains("curl")), "service '" + name
                    + "' is health-checked with curl, so " + dockerfile + " must make sure curl is in the image");
        }
    }

    // ------------------------------------------------------------------------------------------- reading compose

    static JsonNode service(String name) {
        JsonNode node = compose.path("services").path(name);
        assertTrue(node.isObject(), "docker-compose.yml has no service '" + name + "'");
        return node;
    }

    /** The service's environment, whether written as a mapping or as a list of KEY=VALUE strings. */
    static Map<String, String> environment(String name) {
        JsonNode env = service(name).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isObject()) {
            env.properties().forEach(e -> result.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else if (env.isArray()) {
            for (JsonNode item : env) {
                String entry = item.asText();
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    result.put(entry, null);
                } else {
                    result.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        }
        return result;
    }

    /** depends_on as dependency -> condition; the short (list) syntax means service_started. */
    static Map<String, String> dependsOn(String name) {
        JsonNode deps = service(name).path("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (deps.isArray()) {
            deps.forEach(d -> result.put(d.asText(), STARTED));
        } else if (deps.isObject()) {
            deps.properties().forEach(e -> result.put(e.getKey(),
                    e.getValue().path("condition").isTextual() ? e.getValue().path("condition").asText() : STARTED));
        }
        return result;
    }

    /** The healthcheck's command as one line, or "" when there is none (absent, disabled or NONE). */
    static String healthcheck(String name) {
        JsonNode healthcheck = service(name).path("healthcheck");
        if (!healthcheck.isObject() || healthcheck.path("disable").asBoolean(false)) {
            return "";
        }
        JsonNode test = healthcheck.path("test");
        if (test.isTextual()) {
            return test.asText().trim();
        }
        if (!test.isArray() || test.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        test.forEach(p -> parts.add(p.asText()));
        String kind = parts.get(0);
        if (kind.equals("NONE")) {
            return "";
        }
        if (kind.equals("CMD") || kind.equals("CMD-SHELL")) {
            parts.remove(0);
        }
        return String.join(" ", parts).trim();
    }

    /** Container ports a service publishes to the host (short "host:container" or long syntax). */
    static List<String> publishedContainerPorts(String name) {
        List<String> result = new ArrayList<>();
        for (JsonNode port : service(name).path("ports")) {
            if (port.isObject()) {
                result.add(port.path("target").asText());
            } else {
                String spec = port.asText().replaceAll("/(tcp|udp)$", "");
                result.add(spec.substring(spec.lastIndexOf(':') + 1));
            }
        }
        return result;
    }

    /** Mounts as {source or null, target}, from the short "source:target[:mode]" or the long syntax. */
    static List<String[]> volumes(String name) {
        List<String[]> result = new ArrayList<>();
        for (JsonNode volume : service(name).path("volumes")) {
            if (volume.isObject()) {
                result.add(new String[] { text(volume, "source"), text(volume, "target") });
            } else {
                String[] parts = volume.asText().split(":");
                result.add(parts.length == 1 ? new String[] { null, parts[0] } : new String[] { parts[0], parts[1] });
            }
        }
        return result;
    }

    /** entrypoint + command of a service split into shell commands, each as tokens (comments dropped). */
    static List<List<String>> shellCommands(String name) {
        String script = commandText(service(name).path("entrypoint")) + "\n" + commandText(service(name).path("command"));
        List<List<String>> result = new ArrayList<>();
        for (String line : script.replace("\\\r\n", " ").replace("\\\n", " ").split("\\R|&&|;|\\|\\|")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            result.add(Arrays.stream(trimmed.split("\\s+"))
                    .map(t -> t.replaceAll("^['\"]|['\"]$", ""))
                    .toList());
        }
        return result;
    }

    static Optional<String> topicOf(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("--topic") && i + 1 < tokens.size()) {
                return Optional.of(tokens.get(i + 1));
            }
            if (tokens.get(i).startsWith("--topic=")) {
                return Optional.of(tokens.get(i).substring("--topic=".length()));
            }
        }
        return Optional.empty();
    }

    static String commandText(JsonNode command) {
        if (command.isArray()) {
            List<String> parts = new ArrayList<>();
            command.forEach(p -> parts.add(p.asText()));
            return String.join(" ", parts);
        }
        return command.isMissingNode() || command.isNull() ? "" : command.asText();
    }

    /** Resolves Compose interpolation to the defaults written in the file: ${X:-d} and ${X-d} -> d, $$ -> $. */
    static String interpolateDefaults(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : Optional.ofNullable(m.group(2)).orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    // ------------------------------------------------------------------------------------------- locating the file

    static Path locateComposeFile() throws IOException {
        String override = System.getProperty(COMPOSE_FILE_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path file = Paths.get(override).toAbsolutePath().normalize();
            assertTrue(Files.isRegularFile(file), "-D" + COMPOSE_FILE_PROPERTY + " points to " + file
                    + ", which does not exist");
            return file;
        }
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        Pattern listsLocalStack = Pattern.compile("<module>\\s*local-stack\\s*</module>");
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docker-compose.yml");
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(candidate) && Files.isRegularFile(pom)
                    && listsLocalStack.matcher(Files.readString(pom, StandardCharsets.UTF_8)).find()) {
                return candidate;
            }
        }
        return fail("no docker-compose.yml found next to the parent pom.xml (the one listing <module>local-stack</module>)"
                + " in " + start + " or any folder above it");
    }

    // ------------------------------------------------------------------------------------------- small utilities

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }
}
