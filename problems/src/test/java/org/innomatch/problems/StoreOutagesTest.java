package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;

import org.bson.BsonDocument;

class StoreOutagesTest {

    private static final ServerAddress SERVER = new ServerAddress("127.0.0.1", 27018);

    @Test
    void aBrokenOrRefusedConnectionIsAnOutage() {
        assertTrue(StoreOutages.isOutage(new MongoSocketReadException("Prematurely reached end of stream", SERVER)));
        assertTrue(StoreOutages.isOutage(new MongoSocketOpenException("Exception opening socket", SERVER,
                new IOException("Connection refused"))));
    }

    @Test
    void noSelectableServerIsAnOutage() {
        assertTrue(StoreOutages.isOutage(new MongoTimeoutException("Timed out while waiting for a server")));
    }

    @Test
    void anOutageWrappedByAnotherLayerIsStillOne() {
        assertTrue(StoreOutages.isOutage(new CompletionException(
                new MongoSocketReadException("Prematurely reached end of stream", SERVER))));
    }

    @Test
    void aRefusedCommandOrWriteIsNotAnOutage() {
        assertFalse(StoreOutages.isOutage(new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 2, errmsg: 'bad value'}"), SERVER)));
        assertFalse(StoreOutages.isOutage(new MongoWriteException(
                new WriteError(11000, "E11000 duplicate key", new BsonDocument()), SERVER)));
        assertFalse(StoreOutages.isOutage(new UncheckedIOException(new IOException("disk full"))));
        assertFalse(StoreOutages.isOutage(new IllegalStateException("bug")));
    }
}
