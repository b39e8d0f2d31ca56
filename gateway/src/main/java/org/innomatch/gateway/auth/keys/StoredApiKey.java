package org.innomatch.gateway.auth.keys;

import java.time.Instant;

/**
 * An API key as kept: never the key itself, only its SHA-256. The key is {@code imk_<id>_<secret>}; the id finds
 * the record, the hash of the whole key proves it.
 */
public record StoredApiKey(String id, String name, String partnerId, String sha256, Instant createdAt,
                           Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    StoredApiKey revoke(Instant at) {
        return revoked() ? this : new StoredApiKey(id, name, partnerId, sha256, createdAt, at);
    }
}
