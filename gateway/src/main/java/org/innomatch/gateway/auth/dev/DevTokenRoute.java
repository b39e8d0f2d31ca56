package org.innomatch.gateway.auth.dev;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.gateway.auth.AuthSettings;
import org.innomatch.gateway.auth.AuthenticationException;
import org.innomatch.gateway.auth.Identity;
import org.innomatch.gateway.auth.PemKeys;
import org.innomatch.gateway.auth.Role;
import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;
import org.jboss.logging.Logger;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Development only: {@code POST /api/v1/dev/tokens?role=participant&subject=<profile id>[&lifetime=PT8H]} mints
 * a bearer token as the identity provider would, so a developer can act as a participant. An admin must call it.
 * The route exists only when {@code innomatch.auth.dev-tokens.enabled=true} (dev, test, local-stack); in
 * production nothing is registered and the path is a plain 404.
 */
@ApplicationScoped
public class DevTokenRoute {

    public static final String PATH = "/api/v1/dev/tokens";

    private static final Logger LOG = Logger.getLogger(DevTokenRoute.class);
    private static final List<String> ROLES = List.of(Role.PARTICIPANT.value(), Role.ADMIN.value());
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final AuthSettings settings;
    private final String issuer;
    private final String audience;
    private final ProblemWriter problems;
    private final ObjectMapper json;

    public DevTokenRoute(AuthSettings settings, @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                         @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences,
                         ProblemWriter problems, ObjectMapper json) {
        this.settings = settings;
        this.issuer = issuer.orElse("innomatch-dev");
        this.audience = audiences.filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse("innomatch-api");
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Router router) {
        if (!settings.devTokens().enabled()) {
            return;
        }
        String location = settings.devTokens().privateKeyLocation().orElseThrow(() -> new IllegalStateException(
                "innomatch.auth.dev-tokens.enabled needs innomatch.auth.dev-tokens.private-key-location"));
        PrivateKey key = PemKeys.privateKey(location);
        LOG.warn("Dev token mint enabled at " + PATH + ": never enable it in production");
        router.post(PATH).order(PipelineOrder.AUTHENTICATION + 50).handler(ctx -> mint(ctx, key));
    }

    private void mint(RoutingContext ctx, PrivateKey key) {
        try {
            Identity caller = ctx.get(Identity.KEY);
            if (caller == null) {
                throw AuthenticationException.unauthorized("Only admins may mint dev tokens: send an admin's API key");
            }
            if (caller.role() != Role.ADMIN) {
                throw AuthenticationException.forbidden("Only admins may mint dev tokens");
            }
            TokenRequest request = TokenRequest.of(ctx.request(), settings.devTokens().maxLifetime());
            Instant now = Instant.now();
            String token = Jwt.issuer(issuer).audience(audience).subject(request.subject()).groups(Set.of(request.role()))
                    .issuedAt(now).expiresAt(now.plus(request.lifetime())).jws().sign(key);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", token);
            body.put("role", request.role());
            body.put("subject", request.subject());
            body.put("expiresAt", now.plus(request.lifetime()).toString());
            ctx.response().setStatusCode(201).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.writeValueAsString(body));
        } catch (ProblemException refused) {
            problems.send(ctx, refused);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    /** The query parameters of a mint request; all invalid ones are refused at once, as a 400 naming each. */
    record TokenRequest(String role, String subject, Duration lifetime) {

        static TokenRequest of(HttpServerRequest request, Duration maxLifetime) {
            List<FieldError> errors = new ArrayList<>(3);
            String role = request.getParam("role", Role.PARTICIPANT.value());
            if (!ROLES.contains(role)) {
                errors.add(FieldError.unknownCode("role", role, ROLES));
            }
            String subject = request.getParam("subject");
            if (subject == null || subject.isBlank()) {
                errors.add(FieldError.of("subject", "is required: a participant's profile id, or an admin's name"));
            } else if (role.equals(Role.PARTICIPANT.value()) && !isUuid(subject)) {
                errors.add(FieldError.of("subject", "must be a profile id (UUID) for a participant", subject));
            }
            Duration lifetime = lifetime(request.getParam("lifetime"), maxLifetime, errors);
            if (!errors.isEmpty()) {
                List<String> fields = errors.stream().map(FieldError::field).toList();
                throw ProblemException.badRequest("Invalid query parameter" + (fields.size() == 1 ? " " : "s ")
                        + String.join(", ", fields), errors.toArray(FieldError[]::new));
            }
            return new TokenRequest(role, subject, lifetime);
        }

        /** The requested lifetime (default one hour), or {@code null} with the reason added to {@code errors}. */
        private static Duration lifetime(String value, Duration max, List<FieldError> errors) {
            if (value == null) {
                return DEFAULT_LIFETIME;
            }
            try {
                Duration lifetime = Duration.parse(value);
                if (!lifetime.isNegative() && !lifetime.isZero() && lifetime.compareTo(max) <= 0) {
                    return lifetime;
                }
                errors.add(FieldError.of("lifetime", "must be positive and at most " + max, value));
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("lifetime", "must be an ISO-8601 duration such as PT8H", value));
            }
            return null;
        }

        private static boolean isUuid(String value) {
            try {
                UUID.fromString(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
