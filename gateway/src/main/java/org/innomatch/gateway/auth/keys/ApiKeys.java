package org.innomatch.gateway.auth.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.innomatch.gateway.auth.AuthSettings;
import org.innomatch.gateway.auth.AuthenticationException;
import org.innomatch.gateway.auth.Identity;
import org.innomatch.gateway.auth.Role;

/**
 * Partner API keys: created and revoked by admins, checked on every call. A key is {@code imk_<16 hex id>_<43
 * base64url chars of 256 random bits>}; only its SHA-256 is stored, so the key is shown once, when created. A
 * fast hash is enough because the secret has 256 bits of entropy (nothing to brute-force as with passwords).
 * <p>
 * Hashing and matching the key on every call was a noticeable share of the gateway's CPU, so the identities of
 * keys accepted recently are kept in a small map keyed by the presented key. Each entry carries the generation
 * it was checked in: the number of revocations the store had seen, here or from another instance (after the
 * store has the revoked record), so no entry checked before a revocation is honoured from then on.
 */
@Singleton
public class ApiKeys {

    static final String PREFIX = "imk_";
    private static final Pattern FORMAT = Pattern.compile("imk_([0-9a-f]{16})_[A-Za-z0-9_-]{43}");

    private final ApiKeyStore store;
    private final List<byte[]> adminKeyHashes;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public ApiKeys(ApiKeyStore store, AuthSettings settings) {
        this.store = store;
        this.adminKeyHashes = settings.adminKeySha256().orElse(List.of()).stream()
                .map(hex -> HexFormat.of().parseHex(hex.trim().toLowerCase(Locale.ROOT))).toList();
    }

    /** Beyond this many distinct keys accepted within a generation the map starts over rather than grow. */
    static final int MAX_ACCEPTED = 10_000;

    /** The key and its stored record; the key itself is not stored (only remembered, in memory, once presented). */
    public record Created(String key, StoredApiKey record) {
    }

    private record Accepted(Identity identity, long generation) {
    }

    public Created create(String name, String partnerId) {
        byte[] idBytes = new byte[8];
        byte[] secret = new byte[32];
        random.nextBytes(idBytes);
        random.nextBytes(secret);
        String id = HexFormat.of().formatHex(idBytes);
        String key = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        StoredApiKey record = new StoredApiKey(id, name, partnerId == null ? UUID.randomUUID().toString() : partnerId,
                HexFormat.of().formatHex(sha256(key)), now(), null);
        store.put(record);
        return new Created(key, record);
    }

    public List<StoredApiKey> list() {
        return store.all();
    }

    public Optional<StoredApiKey> find(String id) {
        return store.find(id);
    }

    /** Revokes the key (idempotent); empty if there is no such key. */
    public Optional<StoredApiKey> revoke(String id) {
        synchronized (store) {
            return store.find(id).map(existing -> {
                StoredApiKey revoked = existing.revoke(now());
                if (revoked != existing) {
                    store.put(revoked);
                    accepted.clear();
                }
                return revoked;
            });
        }
    }

    /** The caller holding {@code presented}, or a 401 naming why the key is refused. */
    public Identity authenticate(String presented) {
        long current = store.revocations();
        Accepted recent = accepted.get(presented);
        if (recent != null && recent.generation() == current) {
            return recent.identity();
        }
        Identity identity = check(presented);
        if (accepted.size() >= MAX_ACCEPTED) {
            accepted.clear();
        }
        accepted.put(presented, new Accepted(identity, current));
        return identity;
    }

    private Identity check(String presented) {
        byte[] hash = sha256(presented);
        for (byte[] admin : adminKeyHashes) {
            if (MessageDigest.isEqual(admin, hash)) {
                String id = FORMAT.matcher(presented).matches() ? presented.substring(4, 20) : "configured-admin";
                return new Identity(Role.ADMIN, "admin-key:" + id, null, id);
            }
        }
        var format = FORMAT.matcher(presented);
        if (!format.matches()) {
            throw AuthenticationException.unauthorized("The X-API-Key is not an Innomatch API key (imk_…)");
        }
        StoredApiKey record = store.find(format.group(1))
                .filter(candidate -> MessageDigest.isEqual(HexFormat.of().parseHex(candidate.sha256()), hash))
                .orElseThrow(() -> AuthenticationException.unauthorized("The X-API-Key is not valid"));
        if (record.revoked()) {
            throw AuthenticationException.unauthorized("The X-API-Key " + record.id() + " was revoked at "
                    + record.revokedAt());
        }
        return new Identity(Role.PARTNER, "api-key:" + record.id(), record.partnerId(), record.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
