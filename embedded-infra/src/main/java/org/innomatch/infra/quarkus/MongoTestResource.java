package org.innomatch.infra.quarkus;

import java.util.Map;

import org.innomatch.infra.EmbeddedMongoServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the Mongo-wire server (memory backend) for a {@code @QuarkusTest}.
 * The service must disable Dev Services itself ({@code quarkus.devservices.enabled=false}): that is build-time config.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMongoServer mongo;

    @Override
    public Map<String, String> start() {
        mongo = EmbeddedMongoServer.inMemory();
        return Map.of("quarkus.mongodb.connection-string", mongo.connectionString());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.close();
        }
    }
}
