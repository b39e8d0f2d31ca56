package org.innomatch.loadbench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one Gatling run does, handed to the simulation through system properties (Gatling instantiates simulations
 * itself, so they cannot take constructor arguments).
 *
 * @param gateway    the gateway's base URL, e.g. {@code http://127.0.0.1:8080}
 * @param apiKey     an admin API key of that gateway
 * @param clients    concurrent clients, each looping over the mix's steps
 * @param duration   how long every client loops
 * @param population a file with one seeded profile id per line (what browsing clients read)
 * @param dataset    the demo dataset the generated profiles take their texts from
 * @param eventId    a matchmaking event whose agenda browsing clients read, or {@code null}
 */
public record LoadPlan(String gateway, String apiKey, int clients, Duration duration, Path population, Path dataset,
                       String eventId) {

    private static final String PREFIX = "innomatch.load.";

    /** The plan the running JVM was given. */
    public static LoadPlan current() {
        return new LoadPlan(required("gateway"), required("api-key"), Integer.parseInt(required("clients")),
                Duration.ofSeconds(Long.parseLong(required("duration-seconds"))), Path.of(required("population")),
                Path.of(required("dataset")), System.getProperty(PREFIX + "event-id"));
    }

    /** Hands this plan to the simulation that runs next in this JVM. */
    public void install() {
        System.setProperty(PREFIX + "gateway", gateway);
        System.setProperty(PREFIX + "api-key", apiKey);
        System.setProperty(PREFIX + "clients", Integer.toString(clients));
        System.setProperty(PREFIX + "duration-seconds", Long.toString(duration.toSeconds()));
        System.setProperty(PREFIX + "population", population.toString());
        System.setProperty(PREFIX + "dataset", dataset.toString());
        if (eventId != null) {
            System.setProperty(PREFIX + "event-id", eventId);
        } else {
            System.clearProperty(PREFIX + "event-id");
        }
    }

    private static String required(String name) {
        String value = System.getProperty(PREFIX + name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + PREFIX + name + " is not set");
        }
        return value;
    }
}
