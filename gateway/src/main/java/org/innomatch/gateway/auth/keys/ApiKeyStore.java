package org.innomatch.gateway.auth.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.innomatch.gateway.auth.AuthSettings;

/**
 * API keys in memory, looked up on every call without I/O, and written through to a JSON file (hashes only) on
 * each change so they survive restarts. Revocation changes the in-memory record first, so it takes effect on the
 * very next request. One gateway instance owns the file; see the README for running several.
 */
@ApplicationScoped
public class ApiKeyStore {

    private static final TypeReference<List<StoredApiKey>> LIST = new TypeReference<>() {
    };

    private final Map<String, StoredApiKey> keys = new ConcurrentHashMap<>();
    private final Optional<Path> file;
    private final ObjectMapper json;

    public ApiKeyStore(AuthSettings settings, ObjectMapper json) {
        this.file = settings.apiKeysFile();
        this.json = json;
        file.filter(Files::exists).ifPresent(this::load);
    }

    public Optional<StoredApiKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public List<StoredApiKey> all() {
        return keys.values().stream().sorted(Comparator.comparing(StoredApiKey::createdAt)
                .thenComparing(StoredApiKey::id)).toList();
    }

    public synchronized void put(StoredApiKey key) {
        keys.put(key.id(), key);
        save();
    }

    private void load(Path path) {
        try {
            for (StoredApiKey key : json.readValue(path.toFile(), LIST)) {
                keys.put(key.id(), key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys from " + path, e);
        }
    }

    private void save() {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Path temp = path.resolveSibling(path.getFileName() + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), all());
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API keys to " + path, e);
        }
    }
}
