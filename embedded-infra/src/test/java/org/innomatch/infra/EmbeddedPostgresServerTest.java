package org.innomatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void createsDatabasesAndKeepsDataInAPersistentDirectory() throws Exception {
        Path data = dir.resolve("pg");
        Path log = dir.resolve("postgres.log");
        int port;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, 0, log)) {
            port = pg.port();
            String url = pg.createDatabaseIfAbsent("innomatch_profiles");
            assertEquals(url, pg.createDatabaseIfAbsent("innomatch_profiles"), "creating twice is harmless");
            try (Connection c = connect(url); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int primary key, v text)");
                s.execute("INSERT INTO t VALUES (1, 'kept')");
                try (ResultSet rs = s.executeQuery("SHOW server_version")) {
                    rs.next();
                    assertTrue(rs.getString(1).startsWith("18"), "PostgreSQL 18 binaries expected: " + rs.getString(1));
                }
            }
        }
        assertTrue(Files.size(log) > 0, "server output goes to the log file");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, port, null);
             Connection c = connect(pg.createDatabaseIfAbsent("innomatch_profiles"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM t WHERE id = 1")) {
            assertTrue(rs.next(), "row survives a restart");
            assertEquals("kept", rs.getString(1));
        }
    }

    @Test
    void aKeptClusterAcknowledgesOnlyWhatIsOnDiskAThrowAwayOneDoesNotWait() throws Exception {
        try (EmbeddedPostgresServer kept = EmbeddedPostgresServer.start(dir.resolve("pg"), 0, null);
             EmbeddedPostgresServer throwAway = EmbeddedPostgresServer.start(null, 0, null)) {
            assertEquals("on", setting(kept, "fsync"));
            assertEquals("on", setting(kept, "synchronous_commit"));
            assertEquals("off", setting(throwAway, "fsync"));
            assertEquals("off", setting(throwAway, "synchronous_commit"));
        }
    }

    private static String setting(EmbeddedPostgresServer pg, String name) throws Exception {
        try (Connection c = connect(pg.jdbcUrl("postgres")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
    }
}
