package org.innomatch.gateway.auth.dev;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import org.innomatch.gateway.pipeline.PipelineOrder;
import org.innomatch.gateway.problem.GatewayProblemException;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.gateway.requestid.RequestId;
import org.jboss.logging.Logger;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.http.HttpHeaders;
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

    private final AuthSettings settings;
    private final String issuer;
    private final ProblemWriter problems;
    private final ObjectMapper json;

    public DevTokenRoute(AuthSettings settings, @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                         ProblemWriter problems, ObjectMapper json) {
        this.settings = settings;
        this.issuer = issuer.orElse("innomatch-dev");
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
            if (caller == null || caller.role() != Role.ADMIN) {
                throw AuthenticationException.forbidden("Only admins may mint dev tokens");
            }
            String role = ctx.request().getParam("role", Role.PARTICIPANT.value());
            if (!role.equals(Role.PARTICIPANT.value()) && !role.equals(Role.ADMIN.value())) {
                throw GatewayProblemException.badRequest("role: must be participant or admin");
            }
            String subject = ctx.request().getParam("subject");
            if (subject == null || subject.isBlank()) {
                throw GatewayProblemException.badRequest("subject: required (a participant's profile id)");
            }
            if (role.equals(Role.PARTICIPANT.value())) {
                try {
                    UUID.fromString(subject);
                } catch (IllegalArgumentException e) {
                    throw GatewayProblemException.badRequest("subject: a participant's subject must be a profile id (UUID)");
                }
            }
            Duration lifetime = lifetime(ctx.request().getParam("lifetime"));
            Instant now = Instant.now();
            String token = Jwt.issuer(issuer).subject(subject).groups(Set.of(role))
                    .issuedAt(now).expiresAt(now.plus(lifetime)).jws().sign(key);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", token);
            body.put("role", role);
            body.put("subject", subject);
            body.put("expiresAt", now.plus(lifetime).toString());
            ctx.response().setStatusCode(201).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(json.writeValueAsString(body));
        } catch (GatewayProblemException refused) {
            refused.headers().forEach(ctx.response()::putHeader);
            problems.send(ctx.response(), refused.problem(ctx.normalizedPath(), RequestId.of(ctx)));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private Duration lifetime(String value) {
        if (value == null) {
            return Duration.ofHours(1);
        }
        try {
            Duration lifetime = Duration.parse(value);
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(settings.devTokens().maxLifetime()) > 0) {
                throw GatewayProblemException.badRequest("lifetime: must be positive and at most "
                        + settings.devTokens().maxLifetime());
            }
            return lifetime;
        } catch (DateTimeParseException e) {
            throw GatewayProblemException.badRequest("lifetime: must be an ISO-8601 duration such as PT8H");
        }
    }
}
