package org.innomatch.localstack;

import java.util.Locale;

/** The block printed once the whole stack is healthy: where everything is and how to use it. */
public final class StackSummary {

    /** How callers authenticate against the API; change here when the gateway starts requiring it. */
    public static final String AUTHENTICATION = "authentication is not enabled yet; the API is open on loopback";

    private StackSummary() {
    }

    public static String render(RunningStack stack) {
        StackEndpoints endpoints = stack.endpoints();
        StringBuilder text = new StringBuilder();
        String nl = System.lineSeparator();
        text.append(nl).append(String.format(Locale.ROOT, "Innomatch is up (started in %s)",
                Progress.seconds(stack.startupTime()))).append(nl).append(nl);
        row(text, "Gateway (public API)", endpoints.gatewayUrl() + "/api/v1");
        row(text, "OpenAPI console", endpoints.consoleUrl().toString());
        for (ServiceModule module : ServiceModule.values()) {
            row(text, module == ServiceModule.values()[0] ? "Services" : "",
                    String.format(Locale.ROOT, "%-21s %s   Swagger UI %s", module.moduleName(),
                            endpoints.serviceUrl(module), endpoints.serviceUrl(module).resolve("/q/swagger-ui")));
        }
        row(text, "Kafka bootstrap", endpoints.kafkaBootstrap());
        row(text, "PostgreSQL", endpoints.postgresJdbcBase() + "<database>   ("
                + String.join(", ", ServiceModule.databasesIn(ServiceModule.Store.POSTGRESQL))
                + "; user postgres, password postgres)");
        row(text, "MongoDB", endpoints.mongoConnectionString() + "   ("
                + String.join(", ", ServiceModule.databasesIn(ServiceModule.Store.MONGODB)) + ")");
        row(text, "Working directory", stack.layout().dir().toString());
        row(text, "Logs", stack.layout().logsDir().toString());
        row(text, "Authentication", AUTHENTICATION);
        text.append(nl).append("Press Ctrl-C to stop.").append(nl);
        return text.toString();
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-21s %s%n", label, value));
    }
}
