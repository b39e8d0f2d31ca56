package org.innomatch.caller.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Mints JWTs for tests, signed with the committed test keys in {@code innomatch-test-keys/} (classpath):
 * <ul>
 * <li>{@code internal-*.pem}: the gateway's internal token key; services under test verify with
 * {@code mp.jwt.verify.publickey.location=innomatch-test-keys/internal-public.pem}.</li>
 * <li>{@code participant-issuer-*.pem}: a stand-in for the identity provider that issues participants' and
 * admins' bearer tokens to the gateway.</li>
 * </ul>
 * These keys are public in the repository: no deployment may trust them.
 */
public final class TestTokens {

    public static final String INTERNAL_PUBLIC_KEY = "innomatch-test-keys/internal-public.pem";
    public static final String INTERNAL_PRIVATE_KEY = "innomatch-test-keys/internal-private.pem";
    public static final String ISSUER_PUBLIC_KEY = "innomatch-test-keys/participant-issuer-public.pem";
    public static final String ISSUER_PRIVATE_KEY = "innomatch-test-keys/participant-issuer-private.pem";

    public static final String INTERNAL_ISSUER = "innomatch-gateway";
    public static final String INTERNAL_AUDIENCE = "innomatch-services";
    /** The issuer the gateway's test configuration trusts for bearer tokens. */
    public static final String TEST_ISSUER = "https://id.innomatch.test";
    /** The audience the gateway expects on bearer tokens ({@code mp.jwt.verify.audiences}). */
    public static final String TEST_AUDIENCE = "innomatch-api";

    private static final PrivateKey INTERNAL_KEY = readPrivateKey(INTERNAL_PRIVATE_KEY);
    private static final PrivateKey ISSUER_KEY = readPrivateKey(ISSUER_PRIVATE_KEY);

    private TestTokens() {
    }

    /** {@code Bearer <token>}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String internalAdmin() {
        return internal().role("admin").subject("test-admin").sign();
    }

    public static String internalPartner(String partnerId) {
        return internal().role("partner").subject("key-" + partnerId).partner(partnerId).sign();
    }

    public static String internalParticipant(String profileId) {
        return internal().role("participant").subject(profileId).sign();
    }

    /** A token as the gateway would forward it, valid for a minute. */
    public static Builder internal() {
        return new Builder(INTERNAL_KEY).issuer(INTERNAL_ISSUER).audience(INTERNAL_AUDIENCE)
                .claim("innomatch_request_id", UUID.randomUUID().toString());
    }

    /** A bearer token from the test identity provider, as a participant's or an admin's app would send it. */
    public static Builder issued() {
        return new Builder(ISSUER_KEY).issuer(TEST_ISSUER).audience(TEST_AUDIENCE);
    }

    /** A participant's bearer token from the test identity provider. */
    public static String participantBearer(String profileId) {
        return issued().subject(profileId).groups("participant").sign();
    }

    public static final class Builder {

        private final PrivateKey key;
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(1);
        private PrivateKey otherKey;

        private Builder(PrivateKey key) {
            this.key = key;
        }

        public Builder issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Builder audience(String audience) {
            return claim("aud", audience);
        }

        public Builder subject(String subject) {
            return claim("sub", subject);
        }

        /** The internal token's role claim. */
        public Builder role(String role) {
            claim("innomatch_role", role);
            return claim("groups", List.of(role));
        }

        public Builder partner(String partnerId) {
            return claim("innomatch_partner", partnerId);
        }

        public Builder groups(String... groups) {
            return claim("groups", List.of(groups));
        }

        public Builder claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        /** Issued {@code ago} and valid for {@code lifetime}: {@code issuedAgo(10 min), lifetime(1 min)} is expired. */
        public Builder issuedAgo(Duration ago) {
            this.issuedAt = Instant.now().minus(ago);
            return this;
        }

        public Builder lifetime(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** Signed by the other test key, so the signature does not verify. */
        public Builder signedWithWrongKey() {
            this.otherKey = key == INTERNAL_KEY ? ISSUER_KEY : INTERNAL_KEY;
            return this;
        }

        public String sign() {
            JwtClaims jwt = new JwtClaims();
            claims.forEach((name, value) -> {
                if (value instanceof List<?> list) {
                    jwt.setStringListClaim(name, list.stream().map(String::valueOf).toList());
                } else {
                    jwt.setClaim(name, value);
                }
            });
            jwt.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            jwt.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(lifetime).getEpochSecond()));
            jwt.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(jwt.toJson());
            jws.setKey(otherKey != null ? otherKey : key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static PrivateKey readPrivateKey(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("unreadable test key " + resource, e);
        }
    }
}
