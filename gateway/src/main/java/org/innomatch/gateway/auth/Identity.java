package org.innomatch.gateway.auth;

/**
 * An authenticated caller of the gateway.
 *
 * @param role      admin, partner or participant
 * @param subject   a participant's profile id; an admin's token subject or API key id; a partner's API key id
 * @param partnerId the partner portal, for partners only
 * @param apiKeyId  the API key used, null for bearer tokens
 */
public record Identity(Role role, String subject, String partnerId, String apiKeyId) {

    /** Routing-context key under which the authenticated {@link Identity} is kept. */
    public static final String KEY = "innomatch.identity";
    /** Shared with rate limiting: {@code key:<apiKeyId>} or {@code sub:<subject>}. */
    public static final String RATE_KEY = "innomatch.rate-key";
    /** Shared with rate limiting: admin, partner or participant. */
    public static final String ROLE_KEY = "innomatch.role";

    public String rateKey() {
        return apiKeyId != null ? "key:" + apiKeyId : "sub:" + subject;
    }

    public String describe() {
        return role == Role.PARTNER ? "partner " + partnerId : role.value() + " " + subject;
    }
}
