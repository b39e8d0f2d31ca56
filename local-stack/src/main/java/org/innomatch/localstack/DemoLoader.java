package org.innomatch.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.innomatch.localstack.GatewayClient.ApiResponse;

/**
 * Loads the demo dataset through the gateway's public API, as a partner portal would: profiles, then projects
 * (created and published), then the event (created OPEN), then the registrations, then the event's programme.
 * <p>
 * Idempotent: {@link DemoIdStore} remembers the id of every dataset key; a key whose id still exists (GET answers
 * 200) is skipped, a key whose id is gone (404) is created again. Registering again is a no-op of the API (200).
 * <p>
 * project-service learns profiles from Kafka, a moment after profile-service created them; a project or a
 * registration refused with 422 for an unknown profile is retried until {@code ownerWait} has passed.
 */
public final class DemoLoader {

    /** How long project-service gets to hear of a new profile before a create naming it is given up. */
    public static final Duration DEFAULT_OWNER_WAIT = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(1);

    private final GatewayClient api;
    private final DemoIdStore ids;
    private final Duration ownerWait;
    private final Consumer<String> notes;

    DemoLoader(GatewayClient api, DemoIdStore ids, Duration ownerWait, Consumer<String> notes) {
        this.api = api;
        this.ids = ids;
        this.ownerWait = ownerWait;
        this.notes = notes;
    }

    /** Loads the shipped dataset into the stack behind {@code gateway}, keeping the ids under {@code dir}. */
    public static DemoLoadResult load(URI gateway, Path dir) {
        return load(DemoDataset.load(), gateway, dir, note -> { });
    }

    public static DemoLoadResult load(DemoDataset dataset, URI gateway, Path dir, Consumer<String> notes) {
        return new DemoLoader(GatewayClient.to(gateway, apiKey(dir)), DemoIdStore.in(dir), DEFAULT_OWNER_WAIT, notes)
                .load(dataset);
    }

    /**
     * The demo data is the organiser's, so it is loaded with an admin key: {@code INNOMATCH_API_KEY} if set, else
     * the dev admin key of the stack in {@code dir}.
     */
    static String apiKey(Path dir) {
        String fromEnvironment = System.getenv("INNOMATCH_API_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return DevCredentials.existingAdminKey(dir).orElse(null);
    }

    public DemoLoadResult load(DemoDataset dataset) {
        int newProfiles = 0;
        for (DemoProfile profile : dataset.profiles()) {
            if (!stillExists(profile.key(), "/profiles/")) {
                ApiResponse created = expect(201, "profile", profile.key(),
                        api.post("/profiles", profile.requestBody(api.json())));
                ids.put(profile.key(), requireId(created, "profile", profile.key()));
                newProfiles++;
            }
        }

        int newProjects = 0;
        for (DemoProject project : dataset.projects()) {
            if (loadProject(project)) {
                newProjects++;
            }
        }

        DemoEvent event = dataset.event();
        int newEvents = 0;
        int newRegistrations = 0;
        int events = 0;
        if (event != null) {
            events = 1;
            if (!stillExists(event.key(), "/events/")) {
                ApiResponse created = expect(201, "event", event.key(), api.post("/events", event.requestBody(api.json())));
                ids.put(event.key(), requireId(created, "event", event.key()));
                newEvents++;
            }
            String eventId = ids.id(event.key()).orElseThrow();
            for (String profileKey : event.registrations()) {
                if (register(eventId, profileKey, event.key())) {
                    newRegistrations++;
                }
            }
            for (DemoSession session : event.sessions()) {
                loadSession(eventId, session);
            }
        }

        Optional<DemoLoadResult.LoadedProfile> firstDiplomat = dataset.firstDiplomat().map(profile ->
                new DemoLoadResult.LoadedProfile(profile.key(), profile.name(), profile.organization(),
                        ids.id(profile.key()).orElseThrow()));
        return new DemoLoadResult(
                new DemoLoadResult.Count(dataset.profiles().size(), newProfiles),
                new DemoLoadResult.Count(dataset.projects().size(), newProjects),
                new DemoLoadResult.Count(events, newEvents),
                new DemoLoadResult.Count(event == null ? 0 : event.registrations().size(), newRegistrations),
                ids.file(), firstDiplomat);
    }

    /** Creates a session of the programme unless it exists. */
    private void loadSession(String eventId, DemoSession session) {
        String sessions = "/events/" + eventId + "/sessions";
        if (stillExists(session.key(), sessions + "/")) {
            return;
        }
        List<String> speakerIds = session.speakers().stream().map(key -> ids.id(key).orElseThrow(() ->
                new DemoLoadException("demo data: session '" + session.key() + "' names speaker '" + key
                        + "', which is not a profile of the dataset"))).toList();
        String projectId = session.project() == null ? null : ids.id(session.project()).orElseThrow(() ->
                new DemoLoadException("demo data: session '" + session.key() + "' pitches '" + session.project()
                        + "', which is not a project of the dataset"));
        ObjectNode body = session.requestBody(api.json(), speakerIds, projectId);
        ApiResponse created = expect(201, "session", session.key(), speakerIds.isEmpty() ? api.post(sessions, body)
                : postWaitingForProfile(sessions, body, "speakerProfileIds[0]", session.speakers().get(0)));
        ids.put(session.key(), requireId(created, "session", session.key()));
    }

    /** Creates and publishes a project unless it exists; publishes an existing one left in DRAFT. */
    private boolean loadProject(DemoProject project) {
        Optional<String> known = ids.id(project.key());
        if (known.isPresent()) {
            ApiResponse current = api.get("/projects/" + known.get());
            if (current.status() == 200) {
                if ("DRAFT".equals(current.bodyJson().path("status").asText())) {
                    publish(project.key(), known.get());
                }
                return false;
            }
            requireNotFound(current, "project", project.key());
        }
        String ownerId = ids.id(project.owner()).orElseThrow(() -> new DemoLoadException("demo data: project '"
                + project.key() + "' names owner '" + project.owner() + "', which is not a profile of the dataset"));
        ObjectNode body = project.requestBody(api.json(), ownerId);
        ApiResponse created = expect(201, "project", project.key(),
                postWaitingForProfile("/projects", body, "ownerProfileId", project.owner()));
        String id = requireId(created, "project", project.key());
        ids.put(project.key(), id);
        publish(project.key(), id);
        return true;
    }

    private void publish(String key, String id) {
        expect(200, "project (publishing)", key, api.post("/projects/" + id + "/publish", null));
    }

    /** @return whether the registration is new (201) rather than already there (200) */
    private boolean register(String eventId, String profileKey, String eventKey) {
        String profileId = ids.id(profileKey).orElseThrow(() -> new DemoLoadException("demo data: event '" + eventKey
                + "' registers '" + profileKey + "', which is not a profile of the dataset"));
        ObjectNode body = api.json().createObjectNode().put("profileId", profileId);
        ApiResponse response = postWaitingForProfile("/events/" + eventId + "/registrations", body, "profileId",
                profileKey);
        if (response.status() == 200) {
            return false;
        }
        expect(201, "registration", profileKey, response);
        return true;
    }

    /**
     * POSTs, and while the answer is a 422 naming {@code field} (project-service has not yet heard of the profile
     * from Kafka) retries with a growing pause, for up to {@code ownerWait}.
     */
    private ApiResponse postWaitingForProfile(String path, JsonNode body, String field, String profileKey) {
        long deadline = System.nanoTime() + ownerWait.toNanos();
        Duration pause = FIRST_RETRY;
        boolean noted = false;
        while (true) {
            ApiResponse response = api.post(path, body);
            if (response.status() != 422 || !response.namesField(field) || System.nanoTime() > deadline) {
                return response;
            }
            if (!noted) {
                notes.accept("waiting for project-service to hear of profile '" + profileKey + "' ...");
                noted = true;
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
        }
    }

    /** Whether the key has an id that the API still knows; 404 means it must be created again. */
    private boolean stillExists(String key, String collectionPath) {
        Optional<String> known = ids.id(key);
        if (known.isEmpty()) {
            return false;
        }
        ApiResponse response = api.get(collectionPath + known.get());
        if (response.status() == 200) {
            return true;
        }
        requireNotFound(response, collectionPath.replace("/", "").replaceAll("s$", ""), key);
        notes.accept(key + " (" + known.get() + ") is gone; creating it again");
        return false;
    }

    private static void requireNotFound(ApiResponse response, String what, String key) {
        if (response.status() != 404) {
            throw failure(what, key, response);
        }
    }

    private static ApiResponse expect(int status, String what, String key, ApiResponse response) {
        if (response.status() != status) {
            throw failure(what, key, response);
        }
        return response;
    }

    private static String requireId(ApiResponse response, String what, String key) {
        String id = response.id();
        if (id == null || id.isBlank()) {
            throw new DemoLoadException("demo data: " + what + " '" + key + "': " + response.method() + " "
                    + response.path() + " answered " + response.status() + " without an id");
        }
        return id;
    }

    private static DemoLoadException failure(String what, String key, ApiResponse response) {
        return new DemoLoadException("demo data: " + what + " '" + key + "' failed: " + response.problem());
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("interrupted while loading the demo data");
        }
    }
}
