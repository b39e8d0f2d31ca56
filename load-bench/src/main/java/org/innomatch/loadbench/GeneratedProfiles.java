package org.innomatch.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Profile bodies for {@code POST /api/v1/profiles} made from the demo dataset: the fields of one demo profile, the
 * needs of another, and a numbered sentence, so that no two texts are equal. Equal texts would be served from the
 * matching engine's sentence-vector cache and understate what a real registration costs.
 */
public final class GeneratedProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> templates = new ArrayList<>();
    private final AtomicLong counter = new AtomicLong();
    private final String run;

    public GeneratedProfiles(Path dataset, String run) {
        this.run = run;
        try {
            for (JsonNode profile : JSON.readTree(dataset.toFile()).get("profiles")) {
                ObjectNode body = (ObjectNode) profile.deepCopy();
                body.remove("key");
                body.remove("represents");
                templates.add(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (templates.size() < 2) {
            throw new IllegalStateException(dataset + " holds fewer than two profiles");
        }
    }

    /** The next body; thread-safe. */
    public String next() {
        long n = counter.incrementAndGet();
        ObjectNode body = templates.get((int) (n % templates.size())).deepCopy();
        JsonNode other = templates.get((int) ((n * 7 + 3) % templates.size()));
        body.put("name", body.get("name").asText() + " (" + run + " #" + n + ")");
        body.put("needs", other.get("needs").asText() + " Registration " + run + "-" + n + " of the load run.");
        body.put("offers", body.get("offers").asText() + " Delegate " + n + " brings samples to the meeting.");
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
