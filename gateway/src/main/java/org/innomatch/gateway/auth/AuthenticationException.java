package org.innomatch.gateway.auth;

import java.util.Map;

import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.ProblemTypes;

/** The caller could not be authenticated (401, with a challenge) or is not allowed (403); the detail says why. */
public class AuthenticationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** Both ways in: a bearer token (participants, admins) or an API key (partner portals). */
    public static final String CHALLENGE = "Bearer realm=\"innomatch\", ApiKey realm=\"innomatch\" header=\"X-API-Key\"";

    private AuthenticationException(Problem problem, Map<String, String> headers) {
        super(problem, headers, null);
    }

    public static AuthenticationException unauthorized(String detail) {
        return new AuthenticationException(Problem.of(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail),
                Map.of("WWW-Authenticate", CHALLENGE));
    }

    public static AuthenticationException forbidden(String detail) {
        return new AuthenticationException(Problem.of(403, ProblemTypes.FORBIDDEN, "Forbidden", detail), Map.of());
    }
}
