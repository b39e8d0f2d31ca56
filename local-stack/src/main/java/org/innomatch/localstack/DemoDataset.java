package org.innomatch.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo dataset: fictional profiles, roadshow projects and one matchmaking event after the founding story
 * (the 5th matchmaking event for innovation resources with S&T diplomats in Beijing). Every record carries a
 * stable {@code key}; {@link DemoLoader} maps keys to the ids the services give out.
 *
 * @param name        the dataset's name, also the file name without extension
 * @param description what the dataset is
 * @param profiles    participant profiles, in load order
 * @param projects    roadshow projects, each owned by a dataset profile
 * @param event       the matchmaking event and who registers for it
 */
public record DemoDataset(String name, String description, List<DemoProfile> profiles, List<DemoProject> projects,
                          DemoEvent event) {

    /** The dataset shipped with local-stack. */
    public static final String DEFAULT_RESOURCE = "demo/beijing-2026.json";

    public DemoDataset {
        profiles = List.copyOf(profiles);
        projects = List.copyOf(projects);
    }

    public static DemoDataset load() {
        return load(DEFAULT_RESOURCE);
    }

    /**
     * Reads a dataset from the class path; unknown fields are errors, so a typo in the file cannot go unnoticed.
     *
     * @throws DemoLoadException if it is missing or malformed
     */
    public static DemoDataset load(String resource) {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = DemoDataset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DemoLoadException("the demo dataset " + resource + " is not on the class path");
            }
            return mapper.readValue(in, DemoDataset.class);
        } catch (IOException e) {
            throw new DemoLoadException("cannot read the demo dataset " + resource + ": " + e.getMessage(), e);
        }
    }

    public Optional<DemoProfile> profile(String key) {
        return profiles.stream().filter(profile -> profile.key().equals(key)).findFirst();
    }

    /** The first diplomat of the dataset, the one the printed example commands show. */
    public Optional<DemoProfile> firstDiplomat() {
        return profiles.stream().filter(profile -> "DIPLOMAT".equals(profile.kind())).findFirst();
    }
}
