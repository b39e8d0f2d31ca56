package org.innomatch.localstack;

import java.util.Locale;

/**
 * Every port the local stack listens on, in the order the parts start. Each can be set with
 * {@code --<key>-port} or the environment variable {@code INNOMATCH_<KEY>_PORT}.
 */
public enum StackPort {
    POSTGRES("postgres", "postgresql", 5433),
    MONGO("mongo", "mongodb", 27018),
    KAFKA("kafka", "kafka", 9092),
    KAFKA_CONTROLLER("kafka-controller", "kafka controller", 9093),
    PROFILE("profile", "profile-service", 8081),
    PROJECT("project", "project-service", 8082),
    MATCHING("matching", "matching-service", 8083),
    NOTIFICATION("notification", "notification-service", 8084),
    GATEWAY("gateway", "gateway", 8080),
    /** The gateway's health and metrics: never on its public port. */
    GATEWAY_MANAGEMENT("gateway-management", "gateway management interface", 9000);

    private final String key;
    private final String part;
    private final int defaultPort;

    StackPort(String key, String part, int defaultPort) {
        this.key = key;
        this.part = part;
        this.defaultPort = defaultPort;
    }

    /** The part of the stack that listens on this port, as named in messages. */
    public String part() {
        return part;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String option() {
        return "--" + key + "-port";
    }

    public String environmentVariable() {
        return "INNOMATCH_" + key.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }
}
