package org.innomatch.localstack;

import java.net.URI;

/**
 * Where the parts of a started stack can be reached.
 *
 * @param host                  the address the parts listen on
 * @param ports                 the port of every part
 * @param kafkaBootstrap        Kafka bootstrap servers
 * @param postgresJdbcBase      JDBC URL without the database name, ending with {@code /}
 * @param mongoConnectionString MongoDB connection string
 */
public record StackEndpoints(String host, StackPorts ports, String kafkaBootstrap, String postgresJdbcBase,
                             String mongoConnectionString) {

    public String jdbcUrl(String database) {
        return postgresJdbcBase + database;
    }

    public URI serviceUrl(ServiceModule module) {
        return URI.create("http://" + urlHost() + ":" + ports.get(module.port()));
    }

    /**
     * Where the module answers {@code /q/health} and {@code /q/metrics}: the gateway on its management interface,
     * the services (not public) on their own port.
     */
    public URI managementUrl(ServiceModule module) {
        if (module == ServiceModule.GATEWAY) {
            return URI.create("http://" + urlHost() + ":" + ports.get(StackPort.GATEWAY_MANAGEMENT));
        }
        return serviceUrl(module);
    }

    public URI gatewayUrl() {
        return serviceUrl(ServiceModule.GATEWAY);
    }

    /** The gateway's unified OpenAPI console (Swagger UI over every service's API). */
    public URI consoleUrl() {
        return gatewayUrl().resolve("/console");
    }

    /** The host to put in URLs: a wildcard address is reached through loopback. */
    private String urlHost() {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
