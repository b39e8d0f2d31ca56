package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServiceLaunchTest {

    private final StackOptions options = StackOptions.parse(List.of("--home", "/src/innomatch", "--dir", "/var/stack",
            "--java-opts", "-Xmx200m"), Map.of(), Path.of("/"), Optional::empty);
    private final StackEndpoints endpoints = new StackEndpoints("127.0.0.1", options.ports(), "127.0.0.1:9092",
            "jdbc:postgresql://127.0.0.1:5433/", "mongodb://127.0.0.1:27018");

    private static Map<String, String> expected(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private Map<String, String> propertiesOf(ServiceModule module) {
        return ServiceLaunch.systemProperties(module, "127.0.0.1", endpoints);
    }

    @Test
    void profileAndProjectServiceGetKafkaAndTheirOwnPostgresDatabase() {
        assertEquals(expected(
                "quarkus.http.port", "8081",
                "quarkus.http.host", "127.0.0.1",
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5433/innomatch_profiles",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), propertiesOf(ServiceModule.PROFILE_SERVICE));
        assertEquals("jdbc:postgresql://127.0.0.1:5433/innomatch_projects",
                propertiesOf(ServiceModule.PROJECT_SERVICE).get("quarkus.datasource.jdbc.url"));
        assertEquals("8082", propertiesOf(ServiceModule.PROJECT_SERVICE).get("quarkus.http.port"));
    }

    @Test
    void matchingAndNotificationServiceGetKafkaAndTheirOwnMongoDatabase() {
        assertEquals(expected(
                "quarkus.http.port", "8083",
                "quarkus.http.host", "127.0.0.1",
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "quarkus.mongodb.connection-string", "mongodb://127.0.0.1:27018",
                "quarkus.mongodb.database", "innomatch_matching"), propertiesOf(ServiceModule.MATCHING_SERVICE));
        assertEquals(expected(
                "quarkus.http.port", "8084",
                "quarkus.http.host", "127.0.0.1",
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "quarkus.mongodb.connection-string", "mongodb://127.0.0.1:27018",
                "quarkus.mongodb.database", "innomatch_notifications",
                // A developer's stack: webhooks to a receiver on this machine can be tried.
                "innomatch.webhooks.allow-loopback", "true"), propertiesOf(ServiceModule.NOTIFICATION_SERVICE));
    }

    @Test
    void theGatewayGetsTheUrlOfEveryServiceAndKafkaForItsApiKeysAndRateLimitsAndItsManagementPort() {
        assertEquals(expected(
                "quarkus.http.port", "8080",
                "quarkus.http.host", "127.0.0.1",
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "innomatch.gateway.profile-service-url", "http://127.0.0.1:8081",
                "innomatch.gateway.project-service-url", "http://127.0.0.1:8082",
                "innomatch.gateway.matching-service-url", "http://127.0.0.1:8083",
                "innomatch.gateway.notification-service-url", "http://127.0.0.1:8084",
                "quarkus.management.port", "9000",
                "quarkus.management.host", "127.0.0.1",
                "innomatch.rate-limit.shared-topic", "innomatch.rate-usage"),
                propertiesOf(ServiceModule.GATEWAY));
    }

    @Test
    void theCommandRunsTheQuarkusJarWithTheJavaOptionsAndProperties() {
        ServiceLaunch launch = ServiceLaunch.of(ServiceModule.GATEWAY, options, endpoints, new StackLayout(options.dir()));

        List<String> command = launch.command();
        assertEquals(ServiceLaunch.javaExecutable().toString(), command.get(0));
        assertEquals("-Xmx200m", command.get(1));
        assertEquals("-Dquarkus.http.port=8080", command.get(2));
        assertTrue(command.contains("-Dinnomatch.lifeline.stdin=true"), "ends itself when the launcher is gone");
        assertEquals(List.of("-jar", "/src/innomatch/gateway/target/quarkus-app/quarkus-run.jar"),
                command.subList(command.size() - 2, command.size()));
        assertEquals(Path.of("/var/stack/run/gateway"), launch.workingDirectory());
        assertEquals(Path.of("/var/stack/logs/gateway.log"), launch.logFile());
    }

    @Test
    void aWildcardHostIsReachedThroughLoopback() {
        StackEndpoints wildcard = new StackEndpoints("0.0.0.0", options.ports(), "b", "j", "m");

        assertEquals("http://127.0.0.1:8080/console", wildcard.consoleUrl().toString());
    }
}
