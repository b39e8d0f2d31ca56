package org.innomatch.caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Internal tokens this service has verified, with the caller each names, until the token expires. The gateway
 * signs one token per caller and reuses it for a while, so most calls carry a token already verified. Checking its
 * RSA signature and parsing its claims again was most of a cheap call's CPU: profile-service's cached GET went from
 * about 130 to 53 µs per call without it (gateway/README.md, benchmark figures of session 9).
 * <p>
 * Only tokens that passed verification get in, keyed by their whole text, signature included: a token that differs
 * in any character is verified afresh. An entry is honoured only strictly before the token's {@code exp}; from then
 * on the token is verified again, and refused as expired. At most {@code max-entries} are kept (0: none).
 */
@Singleton
public class VerifiedTokens {

    /** Longest an entry is kept however late its token expires (the gateway's tokens live a minute). */
    private static final Duration LONGEST_HOLD = Duration.ofHours(1);

    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "innomatch.caller.verified-tokens.max-entries",
            defaultValue = "10000") int maxEntries) {
        this(maxEntries, Clock.systemUTC());
    }

    VerifiedTokens(int maxEntries, Clock clock) {
        this.clock = clock;
        this.verified = maxEntries <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new UntilTokenExpiry(clock))
                .build();
    }

    /** The caller of a token verified before and not yet expired; null otherwise. */
    public Caller callerOf(String token) {
        if (verified == null) {
            return null;
        }
        Verified entry = verified.getIfPresent(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            verified.invalidate(token);
            return null;
        }
        return entry.caller();
    }

    /** Records a token that has just passed verification; {@code expiresAt} is its {@code exp}. */
    public void remember(String token, Caller caller, Instant expiresAt) {
        if (verified != null && clock.instant().isBefore(expiresAt)) {
            verified.put(token, new Verified(caller, expiresAt));
        }
    }

    private record Verified(Caller caller, Instant expiresAt) {
    }

    /** Caffeine drops an entry once its token has expired, so the cache holds no dead tokens for long. */
    private record UntilTokenExpiry(Clock clock) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified entry, long currentTime) {
            Duration left = Duration.between(clock.instant(), entry.expiresAt());
            return left.isNegative() ? 0 : (left.compareTo(LONGEST_HOLD) > 0 ? LONGEST_HOLD : left).toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
            return expireAfterCreate(token, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
