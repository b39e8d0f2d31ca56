package org.innomatch.infra;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Not a test: a process that serves a persistent Mongo-wire store and writes to it until it is killed, printing
 * {@code ACK n} once write n is acknowledged (used by {@link AcknowledgedWritesSurviveKillTest}).
 */
public final class MongoWriterProcess {

    private MongoWriterProcess() {
    }

    public static void main(String[] args) {
        EmbeddedMongoServer server = EmbeddedMongoServer.persistent(Path.of(args[0]), "127.0.0.1", Ports.free());
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
        for (int i = 0; ; i++) {
            writes.insertOne(new Document("_id", i));
            System.out.println("ACK " + i);
            System.out.flush();
        }
    }
}
