package org.innomatch.gateway.auth;

import java.util.Map;

import org.innomatch.gateway.problem.GatewayProblemException;

/** The caller could not be authenticated (401, with a challenge) or is not allowed (403); the detail says why. */
public class AuthenticationException extends GatewayProblemException {

    private static final long serialVersionUID = 1L;

    /** Both ways in: a bearer token (participants, admins) or an API key (partner portals). */
    public static final String CHALLENGE = "Bearer realm=\"innomatch\", ApiKey realm=\"innomatch\" header=\"X-API-Key\"";

    private AuthenticationException(int status, String type, String title, String detail, Map<String, String> headers) {
        super(status, type, title, detail, headers);
    }

    public static AuthenticationException unauthorized(String detail) {
        return new AuthenticationException(401, "unauthorized", "Unauthorized", detail,
                Map.of("WWW-Authenticate", CHALLENGE));
    }

    public static AuthenticationException forbidden(String detail) {
        return new AuthenticationException(403, "forbidden", "Forbidden", detail, Map.of());
    }
}
