package org.innomatch.gateway.auth;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Participants' and admins' bearer tokens, verified by SmallRye JWT against {@code mp.jwt.verify.issuer} and
 * {@code mp.jwt.verify.publickey.location}. The role is taken from {@code groups}: {@code admin} or
 * {@code participant}; a participant's {@code sub} must be its profile id (a UUID).
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    private final JWTParser parser;

    public BearerTokens(JWTParser parser) {
        this.parser = parser;
    }

    public Identity authenticate(String token) {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            throw AuthenticationException.unauthorized(reasonRejected(e));
        }
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
