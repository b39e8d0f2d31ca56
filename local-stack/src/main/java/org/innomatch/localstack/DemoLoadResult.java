package org.innomatch.localstack;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a demo load found and created.
 *
 * @param idsFile       where the dataset keys and their ids are kept
 * @param firstDiplomat the first diplomat of the dataset with its id, for the printed example commands
 */
public record DemoLoadResult(Count profiles, Count projects, Count events, Count registrations, Path idsFile,
                            Optional<LoadedProfile> firstDiplomat) {

    /** How many records the dataset has of a kind, and how many of them this load created. */
    public record Count(int total, int created) {

        String describe(String singular, String plural) {
            return total + " " + (total == 1 ? singular : plural) + " (" + created + " new)";
        }
    }

    /** A dataset profile and the id it has in the running system. */
    public record LoadedProfile(String key, String name, String organization, String id) {
    }

    /** e.g. {@code demo data: 65 profiles (65 new), 14 projects (14 new), 1 event (1 new), 58 registrations (58 new)} */
    public String summaryLine() {
        return String.format(Locale.ROOT, "demo data: %s, %s, %s, %s", profiles.describe("profile", "profiles"),
                projects.describe("project", "projects"), events.describe("event", "events"),
                registrations.describe("registration", "registrations"));
    }

    public boolean createdAnything() {
        return profiles.created() + projects.created() + events.created() + registrations.created() > 0;
    }
}
