package org.innomatch.gateway.problem;

import java.util.Map;

/**
 * Ends a call to one of the gateway's own endpoints (or its authentication) with a problem; the request path and
 * id are filled in when it is answered. {@code type} is the last segment of the problem type URI.
 */
public class GatewayProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, String> headers;

    public GatewayProblemException(int status, String type, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public static GatewayProblemException badRequest(String detail) {
        return new GatewayProblemException(400, "validation", "Validation failed", detail, Map.of());
    }

    public static GatewayProblemException notFound(String detail) {
        return new GatewayProblemException(404, "not-found", "Not Found", detail, Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem problem(String instance, String requestId) {
        return Problem.of(status, type, title, getMessage(), instance, requestId);
    }
}
