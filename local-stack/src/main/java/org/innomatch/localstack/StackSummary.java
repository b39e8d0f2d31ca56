package org.innomatch.localstack;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The block printed once the whole stack is healthy: where everything is and how to use it. */
public final class StackSummary {

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
        Optional<String> adminKey = DevCredentials.existingAdminKey(stack.layout().dir());
        adminKey.ifPresent(key -> {
            row(text, "Dev admin key", key + "   (send as X-API-Key; in "
                    + stack.layout().dir().resolve("keys/dev-admin-key") + ")");
            row(text, "Participant token", participantTokenCommand(endpoints.gatewayUrl(), key, "<profile id>"));
        });
        demo.ifPresent(result -> {
            row(text, "Demo data", result.summaryLine().replaceFirst("^demo data: ", "").replaceAll(" \\(\\d+ new\\)", "")
                    + "   (ids: " + result.idsFile() + ")");
            result.firstDiplomat().ifPresent(diplomat -> {
                List<String> commands = exampleCommands(endpoints.gatewayUrl(), diplomat, adminKey.orElse(null));
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
        return exampleCommands(gateway, diplomat, null);
    }

    /** The same, sending {@code apiKey} (none when null). */
    public static List<String> exampleCommands(URI gateway, DemoLoadResult.LoadedProfile diplomat, String apiKey) {
        String api = gateway.toString().replaceAll("/+$", "") + "/api/v1";
        String curl = apiKey == null ? "curl -s " : "curl -s -H 'X-API-Key: " + apiKey + "' ";
        return List.of(curl + "'" + api + "/profiles?kind=DIPLOMAT&limit=20'",
                curl + api + "/profiles/" + diplomat.id() + "   # " + diplomat.name() + ", "
                        + diplomat.organization());
    }

    /** Mints a participant's bearer token with the dev-only mint of the local stack's gateway. */
    public static String participantTokenCommand(URI gateway, String adminKey, String profileId) {
        String api = gateway.toString().replaceAll("/+$", "") + "/api/v1";
        return "curl -s -XPOST -H 'X-API-Key: " + adminKey + "' '" + api + "/dev/tokens?subject=" + profileId + "'";
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-21s %s%n", label, value));
    }
}
