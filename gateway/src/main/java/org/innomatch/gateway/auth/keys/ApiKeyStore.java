package org.innomatch.gateway.auth.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.innomatch.gateway.auth.AuthSettings;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * API keys in memory, looked up on every call without I/O, and kept (hashes only) in one of two places:
 * <ul>
 * <li>a compacted Kafka topic shared by every gateway instance ({@code innomatch.auth.api-keys-topic},
 * {@link ApiKeyTopic}): a change is confirmed by the broker before the admin's call returns, and reaches the other
 * instances as they read it, usually within milliseconds;</li>
 * <li>or a JSON file of this instance, rewritten on each change ({@code innomatch.auth.api-keys-file}), for a
 * single gateway. With a topic, the file is only read, to copy what it holds into the topic at start-up.</li>
 * </ul>
 * A revocation changes the in-memory record of the instance that made it before its call returns, so it takes
 * effect there on the very next request. A revoked record is never replaced by one that is not.
 */
@ApplicationScoped
@Startup // reads the topic (or file) while starting, so that a gateway never serves without its keys
public class ApiKeyStore {

    private static final Logger LOG = Logger.getLogger(ApiKeyStore.class);
    private static final TypeReference<List<StoredApiKey>> LIST = new TypeReference<>() {
    };
    /** How long an admin's change may wait for the broker to confirm it. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, StoredApiKey> keys = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();
    private final Set<String> revokedIds = ConcurrentHashMap.newKeySet();
    private final Optional<Path> file;
    private final ObjectMapper json;
    private final ApiKeyTopic topic;

    @Inject
    public ApiKeyStore(AuthSettings settings, ObjectMapper json,
                       KafkaClientConfig kafka) {
        this(settings.apiKeysFile(), json, settings.apiKeysTopic().map(name -> new TopicSettings(
                requireBroker(kafka), name, settings.apiKeysCatchUpTimeout(), SEND_TIMEOUT)));
    }

    /** Where the shared topic is, how long start-up may take to read it, how long a change may take to write. */
    record TopicSettings(KafkaClientConfig kafka, String name, Duration catchUpTimeout, Duration sendTimeout) {
    }

    /**
     * With a topic, {@code file} is only read: keys a single gateway kept there before are copied into the topic
     * at start-up, and the file is never written again.
     */
    ApiKeyStore(Optional<Path> file, ObjectMapper json, Optional<TopicSettings> topic) {
        this.json = json;
        if (topic.isPresent()) {
            TopicSettings settings = topic.get();
            this.file = Optional.empty();
            this.topic = ApiKeyTopic.open(settings.kafka(), settings.name(), settings.sendTimeout(), json,
                    this::apply);
            try {
                this.topic.awaitCaughtUp(settings.catchUpTimeout());
                file.filter(Files::exists).ifPresent(path -> copyIntoTopic(path, settings.name()));
            } catch (RuntimeException e) {
                this.topic.close();
                throw e;
            }
        } else {
            this.file = file;
            this.topic = null;
            file.filter(Files::exists).ifPresent(path -> read(path).forEach(this::apply));
        }
    }

    private static KafkaClientConfig requireBroker(KafkaClientConfig kafka) {
        if (kafka.bootstrapServers().isEmpty()) {
            throw new IllegalStateException("innomatch.auth.api-keys-topic needs kafka.bootstrap.servers");
        }
        return kafka;
    }

    public Optional<StoredApiKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    public List<StoredApiKey> all() {
        return keys.values().stream().sorted(Comparator.comparing(StoredApiKey::createdAt)
                .thenComparing(StoredApiKey::id)).toList();
    }

    /**
     * How many keys this instance has seen revoked, here or by another instance: what an identity remembered by
     * {@link ApiKeys} was checked against.
     */
    public long revocations() {
        return revocations.get();
    }

    /** Keeps {@code key}'s new record; once this returns it is stored (in the topic or the file). */
    public synchronized void put(StoredApiKey key) {
        if (topic != null) {
            topic.publish(key);
        }
        apply(key);
        save();
    }

    /** Takes a record in, from this instance or, through the topic, any other. */
    private void apply(StoredApiKey incoming) {
        StoredApiKey kept = keys.compute(incoming.id(),
                (id, existing) -> existing != null && existing.revoked() && !incoming.revoked() ? existing : incoming);
        // Counted after the map has the revoked record: an identity checked against the old one is then stale.
        if (kept.revoked() && revokedIds.add(kept.id())) {
            revocations.incrementAndGet();
        }
    }

    private List<StoredApiKey> read(Path path) {
        try {
            return json.readValue(path.toFile(), LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API keys from " + path, e);
        }
    }

    /** Copies what the topic lacks (a key, or its revocation); nothing once that has been done. */
    private void copyIntoTopic(Path path, String topicName) {
        int copied = 0;
        for (StoredApiKey key : read(path)) {
            StoredApiKey known = keys.get(key.id());
            if (known == null || (key.revoked() && !known.revoked())) {
                put(key);
                copied++;
            }
        }
        if (copied > 0) {
            LOG.infof("API keys: copied %d from %s into topic %s; the file is no longer written", copied, path,
                    topicName);
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

    /** Stops reading the topic. */
    @PreDestroy
    public void close() {
        if (topic != null) {
            topic.close();
        }
    }
}
