package org.innomatch.infra.quarkus;

import java.util.Map;

import org.innomatch.infra.EmbeddedPostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts real PostgreSQL (embedded binaries, throw-away cluster) for a {@code @QuarkusTest}.
 * Init arg {@code database}: the database the service uses (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private EmbeddedPostgresServer postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresServer.start(null, 0, null);
        String url = postgres.createDatabaseIfAbsent(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
