package org.innomatch.matching.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors already computed, by the hash of the encoder's name and the English text it encoded: a text is
 * encoded once per change of its wording, never again when the read model is rebuilt after a restart.
 */
public interface SentenceVectors {

    Optional<float[]> find(String textHash);

    void keep(String textHash, float[] vector);

    /** Forgets every vector but those of {@code textHashes} (the texts indexed now); returns how many it forgot. */
    default int retainOnly(Set<String> textHashes) {
        return 0;
    }

    /** Remembers nothing: every text is encoded each time it is indexed. */
    SentenceVectors NONE = new SentenceVectors() {
        @Override
        public Optional<float[]> find(String textHash) {
            return Optional.empty();
        }

        @Override
        public void keep(String textHash, float[] vector) {
        }
    };

    /** Remembers in this process only. */
    static SentenceVectors inMemory() {
        Map<String, float[]> vectors = new ConcurrentHashMap<>();
        return new SentenceVectors() {
            @Override
            public Optional<float[]> find(String textHash) {
                return Optional.ofNullable(vectors.get(textHash));
            }

            @Override
            public void keep(String textHash, float[] vector) {
                vectors.put(textHash, vector);
            }

            @Override
            public int retainOnly(Set<String> textHashes) {
                int before = vectors.size();
                vectors.keySet().retainAll(textHashes);
                return before - vectors.size();
            }
        };
    }

    /** 128 bits of SHA-256 over the encoder's name and the text, in hex. */
    static String hashOf(String encoderName, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoderName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
