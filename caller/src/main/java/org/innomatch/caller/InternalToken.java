package org.innomatch.caller;

/**
 * The gateway's internal JWT, sent to services as {@code Authorization: Bearer}: RS256, issuer {@value #ISSUER},
 * audience {@value #AUDIENCE}, short-lived. Claims besides the registered ones:
 * {@value #ROLE_CLAIM} (admin, partner, participant), {@value #PARTNER_CLAIM} (the partner portal, for partners),
 * {@value #REQUEST_ID_CLAIM}; {@code sub} is the profile id of a participant, the API key id of a partner, the
 * admin's subject for an admin. {@code groups} repeats the role for MicroProfile JWT role checks.
 */
public final class InternalToken {

    public static final String ISSUER = "innomatch-gateway";
    public static final String AUDIENCE = "innomatch-services";
    public static final String ROLE_CLAIM = "innomatch_role";
    public static final String PARTNER_CLAIM = "innomatch_partner";
    public static final String REQUEST_ID_CLAIM = "innomatch_request_id";

    private InternalToken() {
    }
}
