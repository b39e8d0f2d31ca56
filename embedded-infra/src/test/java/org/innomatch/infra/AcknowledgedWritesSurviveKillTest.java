package org.innomatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write the client saw acknowledged is in the H2 file after a kill -9 of the process that served it. */
class AcknowledgedWritesSurviveKillTest {

    private static final int WRITES = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        Path file = dir.resolve("mongo.h2");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MongoWriterProcess.class.getName(), file.toString()).redirectErrorStream(false).start();
        int lastAcknowledged = -1;
        InputStreamReader stdout = new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8);
        try (BufferedReader out = new BufferedReader(stdout)) {
            String line;
            while (lastAcknowledged < WRITES && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcknowledged = Integer.parseInt(line.substring(4));
                }
            }
            // SIGKILL right after an acknowledgement: no shutdown hook, no final commit.
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer was killed");
        }
        assertEquals(WRITES, lastAcknowledged, "the writer acknowledged its writes before the kill");

        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, "127.0.0.1", Ports.free());
             MongoClient client = MongoClients.create(server.connectionString())) {
            long kept = client.getDatabase("crash").getCollection("writes")
                    .countDocuments(Filters.lte("_id", lastAcknowledged));
            assertEquals(lastAcknowledged + 1, kept, "every acknowledged write is there after the kill");
        }
    }
}
