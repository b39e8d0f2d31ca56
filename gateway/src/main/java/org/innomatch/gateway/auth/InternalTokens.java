package org.innomatch.gateway.auth;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.util.AsciiString;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs the short-lived internal token the gateway forwards to services (the contract is
 * {@code org.innomatch.caller.InternalToken} in the caller module): RS256, issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}, the caller's role, subject and partner.
 *
 * <p>An RS256 signature costs milliseconds, about 500 times an API key lookup, and it was made on the event
 * loop for every proxied call. A caller's token is therefore reused while more than half of its lifetime is
 * left: a service still never accepts a token older than the lifetime, and the request id travels in the
 * {@code X-Request-Id} header rather than in the token.
 *
 * <p>Renewal happens off the event loop: once half of a token's lifetime has passed, the call still forwards it
 * (a quarter or more of its lifetime is left) and a background thread signs its successor. Signing was rare enough
 * that the JIT never compiled RSA's arithmetic: each renewal held an event loop for tens of milliseconds, in the
 * middle of other callers' requests. Only a caller's first call, or one after a quarter lifetime without a
 * successor (the signer stalled), waits for a signature.
 */
@Singleton
public class InternalTokens {

    static final String ISSUER = "innomatch-gateway";
    static final String AUDIENCE = "innomatch-services";
    /** Beyond this many distinct callers within half a lifetime the cache starts over rather than grow. */
    static final int MAX_CACHED = 50_000;

    private final PrivateKey key;
    private final Duration lifetime;
    private final Clock clock;
    private final Executor renewals;
    private final ExecutorService ownedRenewals;
    private final ConcurrentHashMap<Identity, Minted> cache = new ConcurrentHashMap<>();
    /** Callers whose next token is being signed in the background. */
    private final Set<Identity> renewing = ConcurrentHashMap.newKeySet();

    @Inject
    public InternalTokens(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String keyLocation,
                          AuthSettings settings) {
        this(PemKeys.privateKey(keyLocation), settings.internalTokenLifetime(), Clock.systemUTC(),
                Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "internal-token-renewal");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    InternalTokens(PrivateKey key, Duration lifetime, Clock clock, Executor renewals) {
        this.key = key;
        this.lifetime = lifetime;
        this.clock = clock;
        this.renewals = renewals;
        this.ownedRenewals = renewals instanceof ExecutorService service ? service : null;
    }

    @PreDestroy
    void stop() {
        if (ownedRenewals != null) {
            ownedRenewals.shutdownNow();
        }
    }

    /** A token for this caller with at least a quarter of its lifetime left (usually more than half). */
    public String tokenFor(Identity identity) {
        return minted(identity).token();
    }

    /**
     * {@code Bearer <token>} for the forwarded {@code Authorization} header, as an {@link AsciiString} made once
     * per token: a header value of that type is written to the wire by copying its bytes, where a String of the
     * token's 700-odd characters would be encoded one character at a time on every call.
     */
    public CharSequence authorizationFor(Identity identity) {
        return minted(identity).authorization();
    }

    private Minted minted(Identity identity) {
        Instant now = clock.instant();
        Minted cached = cache.get(identity);
        if (cached != null && cached.renewAfter().isAfter(now)) {
            return cached;
        }
        if (cached != null && cached.usableUntil().isAfter(now)) {
            renewInBackground(identity);
            return cached;
        }
        return mint(identity, now);
    }

    private void renewInBackground(Identity identity) {
        if (!renewing.add(identity)) {
            return;
        }
        try {
            renewals.execute(() -> {
                try {
                    mint(identity, clock.instant());
                } finally {
                    renewing.remove(identity);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            renewing.remove(identity);
        }
    }

    private Minted mint(Identity identity, Instant now) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        String token = sign(identity, now);
        Minted minted = new Minted(token, new AsciiString("Bearer " + token), now.plus(lifetime.dividedBy(2)),
                now.plus(lifetime.multipliedBy(3).dividedBy(4)));
        cache.put(identity, minted);
        return minted;
    }

    private String sign(Identity identity, Instant now) {
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
        return claims.jws().sign(key);
    }

    /** A signed token: renewed after half its lifetime, forwarded until a quarter of it is left. */
    private record Minted(String token, AsciiString authorization, Instant renewAfter, Instant usableUntil) {
    }
}
