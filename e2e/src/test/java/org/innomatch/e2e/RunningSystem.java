package org.innomatch.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.innomatch.localstack.DemoDataset;

/**
 * The whole system as the journeys see it: a gateway URL, and the demo dataset with the ids it was given.
 *
 * @param gateway    the gateway's base URL, e.g. {@code http://127.0.0.1:41234}
 * @param dataset    the demo dataset that was loaded
 * @param demoIds    dataset key → id the services gave it
 * @param demoIdsFile where the loader keeps them ({@code <dir>/demo/ids.json}), as the README's commands read them
 * @param artifacts  where journeys keep files worth looking at after the build (screenshots, DOM dumps)
 */
public record RunningSystem(URI gateway, DemoDataset dataset, Map<String, String> demoIds, Path demoIdsFile,
                            Path artifacts) {

    public RunningSystem {
        demoIds = Map.copyOf(demoIds);
    }

    /** The id of a dataset key, e.g. {@code ca-medtech-northpulse}. */
    public String demoId(String key) {
        String id = demoIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("the demo dataset has no key '" + key + "'");
        }
        return id;
    }

    public Gateway api() {
        return new Gateway(gateway);
    }
}
