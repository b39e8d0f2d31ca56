package org.innomatch.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code <dir>/demo/ids.json}: which id the services gave each dataset key. Written after every creation (to a
 * temporary file, then moved into place), so a load that fails half-way is resumed, not duplicated.
 */
final class DemoIdStore {

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, String> ids = new LinkedHashMap<>();

    private DemoIdStore(Path file) {
        this.file = file;
    }

    static Path fileIn(Path dir) {
        return dir.resolve("demo").resolve("ids.json");
    }

    /** The store of a working directory; empty if the file does not exist yet. */
    static DemoIdStore in(Path dir) {
        DemoIdStore store = new DemoIdStore(fileIn(dir));
        if (Files.isRegularFile(store.file)) {
            try {
                store.ids.putAll(store.json.readValue(store.file.toFile(), new TypeReference<Map<String, String>>() { }));
            } catch (IOException e) {
                throw new DemoLoadException("cannot read " + store.file + " (" + e.getMessage()
                        + "); delete it to load the demo data afresh", e);
            }
        }
        return store;
    }

    Path file() {
        return file;
    }

    Optional<String> id(String key) {
        return Optional.ofNullable(ids.get(key));
    }

    void put(String key, String id) {
        ids.put(key, id);
        save();
    }

    Map<String, String> all() {
        return Collections.unmodifiableMap(ids);
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), ids);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
