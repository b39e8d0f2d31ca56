package org.innomatch.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The profiles seeded before a run, one id per line: whom browsing clients look at. */
public record Population(List<String> profileIds) {

    public static Population read(Path file) {
        try {
            List<String> ids = Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (ids.isEmpty()) {
                throw new IllegalStateException(file + " lists no profile");
            }
            return new Population(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String any() {
        return profileIds.get(ThreadLocalRandom.current().nextInt(profileIds.size()));
    }
}
