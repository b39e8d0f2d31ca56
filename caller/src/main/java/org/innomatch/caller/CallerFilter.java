package org.innomatch.caller;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.ProblemResponses;
import org.innomatch.problems.PublicPaths;
import org.innomatch.problems.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Lets a JAX-RS request in only with a valid internal token from the gateway (signature, issuer, audience, expiry
 * checked by SmallRye JWT against {@code mp.jwt.verify.*}); anything else gets a 401 problem with
 * {@code WWW-Authenticate}. Paths under {@code innomatch.caller.open-paths} (default {@code /diagnostics}, which
 * the gateway does not expose) need no token; health, metrics and OpenAPI are not JAX-RS and never reach here.
 */
public class CallerFilter {

    static final String CHALLENGE = "Bearer realm=\"innomatch-internal\"";

    private static final Logger LOG = Logger.getLogger(CallerFilter.class);
    private static final String BEARER = "Bearer ";

    private final JWTParser parser;
    private final VerifiedTokens verifiedTokens;
    private final CurrentCaller current;
    private final List<String> openPaths;

    public CallerFilter(JWTParser parser, VerifiedTokens verifiedTokens, CurrentCaller current,
                        @ConfigProperty(name = "innomatch.caller.open-paths", defaultValue = "/diagnostics")
                        List<String> openPaths) {
        this.parser = parser;
        this.verifiedTokens = verifiedTokens;
        this.current = current;
        this.openPaths = List.copyOf(openPaths);
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response verify(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/+", "");
        if (isOpen(path)) {
            return null;
        }
        try {
            current.set(callerOf(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
            return null;
        } catch (ProblemException refused) {
            return ProblemResponses.of(refused.problem(),
                    PublicPaths.of(request.getHeaderString(PublicPaths.PREFIX_HEADER), path),
                    RequestIds.resolve(request.getHeaderString(RequestIds.HEADER)),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        }
    }

    private boolean isOpen(String path) {
        for (String open : openPaths) {
            if (path.equals(open) || path.startsWith(open.endsWith("/") ? open : open + "/")) {
                return true;
            }
        }
        return false;
    }

    Caller callerOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ProblemException.unauthorized("No internal token: call this service through the gateway");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ProblemException.unauthorized("The Authorization header must carry a bearer token");
        }
        String raw = authorization.substring(BEARER.length()).trim();
        Caller known = verifiedTokens.callerOf(raw);
        if (known != null) {
            return known;
        }
        JsonWebToken token;
        try {
            token = parser.parse(raw);
        } catch (ParseException e) {
            throw ProblemException.unauthorized(reasonRejected(e));
        }
        Caller caller = callerOf(token);
        if (token.getExpirationTime() > 0) {
            verifiedTokens.remember(raw, caller, Instant.ofEpochSecond(token.getExpirationTime()));
        }
        return caller;
    }

    private static Caller callerOf(JsonWebToken token) {
        String roleClaim = token.getClaim(InternalToken.ROLE_CLAIM);
        Role role = Role.fromClaim(roleClaim).orElseThrow(() -> ProblemException.unauthorized(
                "The internal token names no known role (" + InternalToken.ROLE_CLAIM + "=" + roleClaim + ")"));
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ProblemException.unauthorized("The internal token has no subject");
        }
        String partner = token.getClaim(InternalToken.PARTNER_CLAIM);
        if (role == Role.PARTNER && (partner == null || partner.isBlank())) {
            throw ProblemException.unauthorized("The internal token of a partner names no partner ("
                    + InternalToken.PARTNER_CLAIM + ")");
        }
        return new Caller(role, subject, role == Role.PARTNER ? partner : null,
                token.getClaim(InternalToken.REQUEST_ID_CLAIM));
    }

    private static String reasonRejected(ParseException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "The internal token has expired";
                }
                LOG.debugf("internal token rejected: %s", invalid.getMessage());
                return "The internal token is not valid (signature, issuer, audience or time claims)";
            }
        }
        LOG.debugf("internal token rejected: %s", e.getMessage());
        return "The internal token is not a valid JWT";
    }
}
