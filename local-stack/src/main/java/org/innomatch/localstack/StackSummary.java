package org.innomatch.localstack;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The block printed once the whole stack is healthy: where everything is and how to use it. */
public final class StackSummary {

    /** How callers authenticate against the API; change here when the gateway starts requiring it. */
    public static final String AUTHENTICATION = "authentication is not enabled yet; the API is open on loopback";

    private StackSummary() {
    }

    public static String render(RunningStack stack) {
        return render(stack, stack.demo());
    }

    /** With the demo data's counts and two example commands that use real ids, when it was loaded. */
    public static String render(RunningStack stack, Optional<DemoLoadResult> demo) {
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
        demo.ifPresent(result -> {
            row(text, "Demo data", result.summaryLine().replaceFirst("^demo data: ", "").replaceAll(" \\(\\d+ new\\)", "")
                    + "   (ids: " + result.idsFile() + ")");
            result.firstDiplomat().ifPresent(diplomat -> {
                List<String> commands = exampleCommands(endpoints.gatewayUrl(), diplomat);
                for (int i = 0; i < commands.size(); i++) {
                    row(text, i == 0 ? "Try" : "", commands.get(i));
                }
            });
        });
        text.append(nl).append("Press Ctrl-C to stop.").append(nl);
        return text.toString();
    }

    /** List profiles, and read the first diplomat of the demo data (with its contact details). */
    public static List<String> exampleCommands(URI gateway, DemoLoadResult.LoadedProfile diplomat) {
        String api = gateway.toString().replaceAll("/+$", "") + "/api/v1";
        return List.of("curl -s '" + api + "/profiles?kind=DIPLOMAT&limit=20'",
                "curl -s " + api + "/profiles/" + diplomat.id() + "   # " + diplomat.name() + ", "
                        + diplomat.organization());
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-21s %s%n", label, value));
    }
}
