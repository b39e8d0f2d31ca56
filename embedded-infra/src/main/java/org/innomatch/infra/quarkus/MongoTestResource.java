package org.innomatch.infra.quarkus;

import java.util.Map;

import org.innomatch.infra.EmbeddedMongoServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Mongo-wire server (memory backend) for a {@code @QuarkusTest}.
 * The service must disable Dev Services itself ({@code quarkus.devservices.enabled=false}): that is build-time config.
 * Tests that stop and restart the server (outage tests) reach it through {@link #server()}.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedMongoServer current;

    private EmbeddedMongoServer mongo;

    /** The Mongo-wire server of the running test application. */
    public static EmbeddedMongoServer server() {
        EmbeddedMongoServer m = current;
        if (m == null) {
            throw new IllegalStateException("No Mongo-wire server: is the test annotated with MongoTestResource?");
        }
        return m;
    }

    @Override
    public Map<String, String> start() {
        mongo = EmbeddedMongoServer.inMemory();
        current = mongo;
        return Map.of("quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        current = null;
        if (mongo != null) {
            mongo.close();
        }
    }
}
