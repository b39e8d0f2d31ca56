package org.innomatch.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.innomatch.localstack.DemoDataset;

/**
 * The whole system as the journeys see it: a gateway URL, and the demo dataset with the ids it was given.
 *
 * @param gateway    the gateway's base URL, e.g. {@code http://127.0.0.1:41234}
 * @param dataset    the demo dataset that was loaded
 * @param demoIds    dataset key → id the services gave it
 * @param demoIdsFile where the loader keeps them ({@code <dir>/demo/ids.json}), as the README's commands read them
 * @param artifacts  where journeys keep files worth looking at after the build (screenshots, DOM dumps)
 * @param adminKey   the stack's dev admin key, as {@code up} wrote it to {@code <dir>/keys/dev-admin-key}
 */
public record RunningSystem(URI gateway, DemoDataset dataset, Map<String, String> demoIds, Path demoIdsFile,
                            Path artifacts, String adminKey) {

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

    /** The API as an admin (the stack's dev admin key): what the organiser's console may do. */
    public Gateway api() {
        return Gateway.withApiKey(gateway, adminKey);
    }

    /** The API as participant {@code profileId}, with a bearer token from the gateway's dev mint. */
    public Gateway participant(String profileId) {
        JsonNode minted = api().post("/dev/tokens?subject=" + profileId, Gateway.object()).json(201);
        return Gateway.withBearer(gateway, minted.path("token").asText());
    }

    /** The API without credentials. */
    public Gateway anonymous() {
        return Gateway.anonymous(gateway);
    }
}
