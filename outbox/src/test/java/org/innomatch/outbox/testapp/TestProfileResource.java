package org.innomatch.outbox.testapp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.outbox.Outbox;

/** Writes a business row and its event in one transaction, as the services do. */
@Path("/test/profiles/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class TestProfileResource {

    static final String SOURCE = "/outbox-test";

    private final EntityManager entityManager;
    private final Outbox outbox;

    public TestProfileResource(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /**
     * Creates or renames the profile; {@code fail=true} throws after publishing, rolling everything back;
     * {@code holdMillis} keeps the transaction open that long after publishing.
     */
    @PUT
    @Transactional
    public Map<String, Object> upsert(@PathParam("id") UUID id, @QueryParam("name") String name,
            @QueryParam("fail") boolean fail, @QueryParam("holdMillis") long holdMillis) throws InterruptedException {
        TestProfile profile = entityManager.find(TestProfile.class, id);
        if (profile == null) {
            profile = new TestProfile();
            profile.id = id;
            profile.version = 1;
            profile.name = name;
            entityManager.persist(profile);
        } else {
            profile.version++;
            profile.name = name;
        }
        Instant now = Instant.now();
        ProfileUpserted data = new ProfileUpserted(id, name, "STARTUP", "Test Org", "CN", List.of("AI"), null, null,
                null, null, null, null, "PUBLIC", null, profile.version, now, now);
        outbox.publish(EventEnvelope.of(EventType.PROFILE_UPSERTED, SOURCE, data));
        Thread.sleep(holdMillis);
        if (fail) {
            throw new IllegalStateException("Rolled back on purpose");
        }
        return Map.of("id", id, "version", profile.version);
    }

    @DELETE
    @Transactional
    public void delete(@PathParam("id") UUID id) {
        TestProfile profile = entityManager.find(TestProfile.class, id);
        if (profile != null) {
            entityManager.remove(profile);
        }
        outbox.publish(EventEnvelope.of(EventType.PROFILE_DELETED, SOURCE, new ProfileDeleted(id, Instant.now())));
    }
}
