package org.innomatch.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innomatch.infra.EmbeddedPostgresServer;

/**
 * How one service process is started: its configuration (as {@code -D} system properties, which win
 * over the service's {@code application.properties} and environment), its command line and its files.
 */
public record ServiceLaunch(ServiceModule module, Map<String, String> systemProperties, List<String> command,
                            Path workingDirectory, Path logFile) {

    /** {@code LauncherLifeline.CONFIG_KEY} of the services' shared module, which is not on this class path. */
    static final String LIFELINE_PROPERTY = "innomatch.lifeline.stdin";

    public ServiceLaunch {
        systemProperties = Collections.unmodifiableMap(new LinkedHashMap<>(systemProperties));
        command = List.copyOf(command);
    }

    static ServiceLaunch of(ServiceModule module, StackOptions options, StackEndpoints endpoints, StackLayout layout) {
        Map<String, String> properties = systemProperties(module, options.host(), endpoints);
        properties.putAll(credentialProperties(module, DevCredentials.ensure(layout.dir()), layout));
        // The service ends itself when its standard input, a pipe from this launcher, closes (ServiceProcess).
        properties.put(LIFELINE_PROPERTY, "true");
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(options.javaOptions());
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(module.runnerJar(options.home()).toString());
        return new ServiceLaunch(module, properties, command, layout.serviceRunDir(module), layout.serviceLog(module));
    }

    static Map<String, String> systemProperties(ServiceModule module, String host, StackEndpoints endpoints) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", String.valueOf(endpoints.ports().get(module.port())));
        properties.put("quarkus.http.host", host);
        if (module.usesKafka()) {
            properties.put("kafka.bootstrap.servers", endpoints.kafkaBootstrap());
        }
        switch (module.store()) {
            case POSTGRESQL -> {
                properties.put("quarkus.datasource.jdbc.url", endpoints.jdbcUrl(module.database()));
                properties.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
                properties.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
            }
            case MONGODB -> {
                properties.put("quarkus.mongodb.connection-string", endpoints.mongoConnectionString());
                properties.put("quarkus.mongodb.database", module.database());
            }
            case NONE -> {
                // the gateway keeps no data
            }
        }
        if (module == ServiceModule.NOTIFICATION_SERVICE) {
            // A developer's stack: webhooks to a receiver on this machine (http://127.0.0.1:...) can be tried.
            properties.put("innomatch.webhooks.allow-loopback", "true");
        }
        if (module == ServiceModule.GATEWAY) {
            for (ServiceModule backend : ServiceModule.backends()) {
                properties.put("innomatch.gateway." + backend.moduleName() + "-url",
                        endpoints.serviceUrl(backend).toString());
            }
            properties.put("quarkus.management.port",
                    String.valueOf(endpoints.ports().get(StackPort.GATEWAY_MANAGEMENT)));
            properties.put("quarkus.management.host", host);
            // Every gateway instance started on the stack's Kafka limits each caller together with the others.
            properties.put("innomatch.rate-limit.shared-topic", "innomatch.rate-usage");
        }
        return properties;
    }

    /** Where the gateway and the services find the stack's keys (see {@link DevCredentials}). */
    static Map<String, String> credentialProperties(ServiceModule module, DevCredentials credentials,
                                                    StackLayout layout) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (module == ServiceModule.GATEWAY) {
            properties.put("smallrye.jwt.sign.key.location", DevCredentials.location(credentials.internalPrivateKey()));
            properties.put("mp.jwt.verify.issuer", DevCredentials.DEV_ISSUER);
            properties.put("mp.jwt.verify.publickey.location", DevCredentials.location(credentials.issuerPublicKey()));
            properties.put("innomatch.auth.admin-key-sha256", credentials.adminKeySha256());
            // Shared by every gateway instance; the stack's Kafka keeps its data in the state directory. The file
            // is where gateways kept keys before: read once, to copy them into the topic.
            properties.put("innomatch.auth.api-keys-topic", "innomatch.api-keys");
            properties.put("innomatch.auth.api-keys-file", layout.dir().resolve("gateway/api-keys.json").toString());
            properties.put("innomatch.auth.dev-tokens.enabled", "true");
            properties.put("innomatch.auth.dev-tokens.private-key-location",
                    DevCredentials.location(credentials.issuerPrivateKey()));
        } else {
            properties.put("mp.jwt.verify.publickey.location", DevCredentials.location(credentials.internalPublicKey()));
        }
        return properties;
    }

    /** The services run on the same JDK as the stack itself. */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
