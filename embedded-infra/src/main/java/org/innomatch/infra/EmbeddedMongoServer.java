package org.innomatch.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server ({@code mongo-java-server}) with the oplog enabled so change streams work.
 * <p>
 * The memory backend serves tests; the H2 backend keeps the local stack's data in one file. H2 commits
 * about once a second on its own, so {@link #close()} commits explicitly before shutting down.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoBackend backend;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.enableOplog();
        if (port == 0) {
            port = Ports.free();
        } else {
            Ports.requireFree(host, port, "mongodb");
        }
        server.bind(host, port);
        this.connectionString = "mongodb://" + host + ":" + port;
    }

    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0);
    }

    /** Persistent server storing everything in {@code file} (an H2 MVStore). */
    public static EmbeddedMongoServer persistent(Path file, String host, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create directory for " + file, e);
        }
        return new EmbeddedMongoServer(new H2Backend(file.toAbsolutePath().toString()), host, port);
    }

    public String connectionString() {
        return connectionString;
    }

    /** Makes every acknowledged write durable now (no-op for the memory backend). */
    public void commit() {
        if (backend instanceof H2Backend h2) {
            h2.commit();
        }
    }

    @Override
    public void close() {
        commit();
        server.shutdown();
    }
}
