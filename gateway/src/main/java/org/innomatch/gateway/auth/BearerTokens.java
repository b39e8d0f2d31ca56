package org.innomatch.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Participants' and admins' bearer tokens, verified by SmallRye JWT against {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.audiences} and {@code mp.jwt.verify.publickey.location}, and refused when issued more than
 * {@link #MAX_CLOCK_SKEW} in the future. The role is taken from {@code groups}: {@code admin} or
 * {@code participant}; a participant's {@code sub} must be its profile id (a UUID).
 *
 * <p>A mobile client sends the same token with every call until it expires, and verifying it (an RSA signature
 * check and JSON parsing) cost about as much as the rest of the gateway's work on the call. A token that passed is
 * therefore remembered, by its exact text, until its {@code exp} but for at most {@value #REUSE_MINUTES} minutes (so
 * an issuer's key taken out of service stops being honoured within that time); refusals are not remembered.
 */
// A plain singleton: no client proxy on the per-call path.
@Singleton
public class BearerTokens {

    static final int MAX_REMEMBERED = 20_000;
    static final int REUSE_MINUTES = 5;
    /** How far ahead of this gateway's clock an issuer's clock may be; SmallRye JWT does not check iat at all. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    private final JWTParser parser;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    public BearerTokens(JWTParser parser) {
        this(parser, Clock.systemUTC());
    }

    BearerTokens(JWTParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                // Maintenance on the calling thread: no pool thread competing with the event loops.
                .executor(Runnable::run)
                .build();
    }

    public Identity authenticate(String token) {
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null && known.until().isAfter(now)) {
            return known.identity();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw AuthenticationException.unauthorized(reasonRejected(e));
        }
        // A token dated in the future would outlive its stated lifetime: a sign of a forged or mis-minted token.
        Number issuedAt = jwt.getClaim("iat");
        if (issuedAt != null && Instant.ofEpochSecond(issuedAt.longValue()).isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw AuthenticationException.unauthorized("The bearer token is issued in the future (iat more than "
                    + MAX_CLOCK_SKEW.toSeconds() + " s ahead)");
        }
        Identity identity = identityOf(jwt);
        Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant reuseLimit = now.plus(Duration.ofMinutes(REUSE_MINUTES));
        if (until.isAfter(reuseLimit)) {
            until = reuseLimit;
        }
        if (until.isAfter(now)) {
            verified.put(token, new Verified(identity, until));
        }
        return identity;
    }

    private static Identity identityOf(JsonWebToken jwt) {
        Set<String> groups = jwt.getGroups();
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw AuthenticationException.unauthorized("The bearer token has no subject");
        }
        if (groups.contains(Role.ADMIN.value())) {
            return new Identity(Role.ADMIN, subject, null, null);
        }
        if (groups.contains(Role.PARTICIPANT.value())) {
            try {
                UUID.fromString(subject);
            } catch (IllegalArgumentException e) {
                throw AuthenticationException.unauthorized("A participant token's subject must be a profile id");
            }
            return new Identity(Role.PARTICIPANT, subject, null, null);
        }
        throw AuthenticationException.forbidden("The bearer token grants no Innomatch role (groups must contain "
                + "admin or participant; partners use X-API-Key)");
    }

    private record Verified(Identity identity, Instant until) {
    }

    private static String reasonRejected(ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "The bearer token has expired";
                }
                LOG.debugf("bearer token rejected: %s", invalid.getMessage());
                return "The bearer token is not valid (signature, issuer or time claims)";
            }
        }
        LOG.debugf("bearer token rejected: %s", e.getMessage());
        return "The bearer token is not a valid JWT";
    }
}
