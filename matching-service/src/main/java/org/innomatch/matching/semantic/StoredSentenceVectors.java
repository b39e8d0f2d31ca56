package org.innomatch.matching.semantic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sentence vectors kept in the service's MongoDB ({@code sentence_vectors}: the text hash as {@code _id}, the vector
 * as little-endian float32 bytes) and held in memory once loaded, so that rebuilding the read model after a
 * restart encodes only texts that changed while the service was down. The arrays held here are the ones the index
 * holds, so keeping them costs a map entry per text, not a second copy of the vectors.
 */
@ApplicationScoped
public class StoredSentenceVectors implements SentenceVectors {

    private static final Logger LOG = Logger.getLogger(StoredSentenceVectors.class);
    private static final String VECTOR = "v";
    private static final int VECTOR_BYTES = SentenceEncoder.DIMENSIONS * Float.BYTES;

    private final MongoCollection<Document> collection;
    private final Map<String, float[]> loaded = new ConcurrentHashMap<>();

    public StoredSentenceVectors(MongoClient mongo,
                                 @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.collection = mongo.getDatabase(database).getCollection("sentence_vectors");
    }

    /**
     * Reads every stored vector into memory; returns how many. MongoDB out of reach at start costs encoding every
     * text again, not the start itself.
     */
    public int load() {
        try {
            for (Document d : collection.find().batchSize(2_000)) {
                if (d.get(VECTOR) instanceof Binary binary && binary.getData().length == VECTOR_BYTES) {
                    loaded.put(d.getString("_id"), toFloats(binary.getData()));
                }
            }
        } catch (MongoException e) {
            LOG.warnf("could not load the stored sentence vectors (texts are encoded again): %s", e.getMessage());
        }
        return loaded.size();
    }

    @Override
    public Optional<float[]> find(String textHash) {
        return Optional.ofNullable(loaded.get(textHash));
    }

    @Override
    public void keep(String textHash, float[] vector) {
        loaded.put(textHash, vector);
        try {
            Document document = new Document("_id", textHash).append(VECTOR, new Binary(toBytes(vector)));
            collection.replaceOne(Filters.eq("_id", textHash), document, new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            // The vector still serves from memory; only the next restart pays for encoding this text again.
            LOG.warnf("could not store the sentence vector %s: %s", textHash, e.getMessage());
        }
    }

    /**
     * Drops the vectors of texts no longer indexed, from memory and from MongoDB, so that edits do not make the
     * collection and the heap grow without end. Another instance may just have stored a vector this one has not
     * indexed yet: forgetting it costs that instance one encoding at its next start, nothing more.
     */
    @Override
    public int retainOnly(Set<String> textHashes) {
        loaded.keySet().retainAll(textHashes);
        List<String> unused = new ArrayList<>();
        int forgotten = 0;
        try {
            for (Document d : collection.find().projection(Projections.include("_id")).batchSize(5_000)) {
                String id = d.getString("_id");
                if (!textHashes.contains(id)) {
                    unused.add(id);
                }
                if (unused.size() == 1_000) {
                    forgotten += (int) collection.deleteMany(Filters.in("_id", unused)).getDeletedCount();
                    unused.clear();
                }
            }
            if (!unused.isEmpty()) {
                forgotten += (int) collection.deleteMany(Filters.in("_id", unused)).getDeletedCount();
            }
        } catch (MongoException e) {
            LOG.warnf("could not drop unused sentence vectors: %s", e.getMessage());
        }
        return forgotten;
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
