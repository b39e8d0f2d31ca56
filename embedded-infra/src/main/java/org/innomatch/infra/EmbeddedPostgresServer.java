package org.innomatch.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL from the embedded binaries, one database per service.
 * <p>
 * With a data directory the cluster survives restarts (local stack) and is durable ({@code fsync} and
 * {@code synchronous_commit} on); without one it lives in a fresh temporary directory (tests) and is not.
 * Connections use the {@code postgres} superuser with trust authentication on loopback only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDirectory where the cluster lives, or {@code null} for a throw-away cluster
     * @param port          the port, or 0 for any free one
     * @param logFile       where the server's output goes, or {@code null} to discard it
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Path logFile) {
        if (port != 0) {
            Ports.requireFree("127.0.0.1", port, "postgresql");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port != 0 ? port : Ports.free())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Our owners stop us in order (services first, then the database); the library's own
                    // shutdown hook would stop PostgreSQL at the same moment as everything else.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable(dataDirectory))
                    // The library's default is off: a crash of the machine could lose commits already
                    // acknowledged. Test clusters are thrown away anyway and keep the speed.
                    .setServerConfig("synchronous_commit", durable(dataDirectory));
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory.getParent());
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (logFile != null) {
                Files.createDirectories(logFile.toAbsolutePath().getParent());
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL"
                    + (dataDirectory != null ? " in " + dataDirectory : "") + ": " + e.getMessage(), e);
        }
    }

    /** A cluster that is kept writes every commit to disk before acknowledging it. */
    private static String durable(Path dataDirectory) {
        return dataDirectory == null ? "off" : "on";
    }

    /** Creates the database unless it exists and returns its JDBC URL. */
    public String createDatabaseIfAbsent(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a lower-case SQL identifier: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
        return jdbcUrl(database);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot stop embedded PostgreSQL", e);
        }
    }
}
