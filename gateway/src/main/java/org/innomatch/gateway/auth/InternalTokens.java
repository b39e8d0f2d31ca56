package org.innomatch.gateway.auth;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs the short-lived internal token the gateway forwards to services (the contract is
 * {@code org.innomatch.caller.InternalToken} in the caller module): RS256, issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}, the caller's role, subject, partner and the request id.
 */
@Singleton
public class InternalTokens {

    static final String ISSUER = "innomatch-gateway";
    static final String AUDIENCE = "innomatch-services";

    private final PrivateKey key;
    private final Duration lifetime;

    public InternalTokens(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String keyLocation,
                          AuthSettings settings) {
        this.key = PemKeys.privateKey(keyLocation);
        this.lifetime = settings.internalTokenLifetime();
    }

    public String mint(Identity identity, String requestId) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(identity.subject())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .groups(Set.of(identity.role().value()))
                .claim("innomatch_role", identity.role().value());
        if (identity.partnerId() != null) {
            claims.claim("innomatch_partner", identity.partnerId());
        }
        if (requestId != null) {
            claims.claim("innomatch_request_id", requestId);
        }
        return claims.jws().sign(key);
    }
}
