package org.innomatch.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server ({@code mongo-java-server}) with the oplog enabled so change streams work.
 * <p>
 * The memory backend serves tests; the H2 backend keeps the local stack's data in one file, committed before
 * each write is acknowledged ({@link CommittingH2Backend}), and once more before shutting down.
 * <p>
 * Outage tests {@link #stop()} it, which drops every client connection, and {@link #start()} it again on the same
 * port: the H2 backend reopens its file, the memory backend starts empty (like a restarted in-memory mongod).
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final Supplier<MongoBackend> backends;
    private final String host;
    private final int port;
    private final String connectionString;
    private MongoBackend backend;
    private MongoServer server;

    private EmbeddedMongoServer(Supplier<MongoBackend> backends, String host, int port) {
        this.backends = backends;
        this.host = host;
        if (port == 0) {
            port = Ports.free();
        } else {
            Ports.requireFree(host, port, "mongodb");
        }
        this.port = port;
        this.connectionString = "mongodb://" + host + ":" + port;
        start();
    }

    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(MemoryBackend::new, "127.0.0.1", 0);
    }

    /** Persistent server storing everything in {@code file} (an H2 MVStore). */
    public static EmbeddedMongoServer persistent(Path file, String host, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create directory for " + file, e);
        }
        String path = file.toAbsolutePath().toString();
        return new EmbeddedMongoServer(() -> new CommittingH2Backend(path), host, port);
    }

    public String connectionString() {
        return connectionString;
    }

    /** Listens again on the same port; does nothing while running. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        backend = backends.get();
        server = new MongoServer(backend);
        server.enableOplog();
        server.bind(host, port);
    }

    /** Closes every client connection and stops listening; {@link #start()} brings it back. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        commit();
        server.shutdownNow();
        server = null;
        backend = null;
    }

    /** Makes every acknowledged write durable now (no-op for the memory backend). */
    public synchronized void commit() {
        if (backend instanceof H2Backend h2) {
            h2.commit();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
