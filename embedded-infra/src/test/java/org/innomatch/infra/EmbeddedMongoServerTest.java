package org.innomatch.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

    @TempDir
    Path dir;

    @Test
    void memoryBackendRoundTripsAndEnforcesUniqueIndexes() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("processed");
            c.createIndex(Indexes.ascending("eventId"), new IndexOptions().unique(true));
            c.insertOne(new Document("eventId", "e1"));
            assertThrows(MongoWriteException.class, () -> c.insertOne(new Document("eventId", "e1")));
            assertEquals(1, c.countDocuments());
        }
    }

    @Test
    void h2BackendKeepsDataAcrossRestart() {
        Path file = dir.resolve("mongo.h2");
        int port = Ports.free();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, "127.0.0.1", port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("v", 42));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, "127.0.0.1", port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document d = client.getDatabase("t").getCollection("c").find(new Document("_id", "a")).first();
            assertNotNull(d, "document survives a restart");
            assertEquals(42, d.getInteger("v"));
        }
    }

    @Test
    void aStoppedServerRefusesClientsAndStartsAgainOnTheSamePortWithItsData() {
        Path file = dir.resolve("mongo.h2");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(file, "127.0.0.1", Ports.free());
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(server.connectionString()))
                     .applyToClusterSettings(c -> c.serverSelectionTimeout(500, TimeUnit.MILLISECONDS))
                     .build())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            c.insertOne(new Document("_id", "a"));

            server.stop();
            assertThrows(MongoException.class, () -> c.insertOne(new Document("_id", "b")));
            assertThrows(MongoException.class, () -> c.countDocuments());

            server.start();
            c.insertOne(new Document("_id", "c"));
            assertEquals(2, c.countDocuments());
        }
    }
}
