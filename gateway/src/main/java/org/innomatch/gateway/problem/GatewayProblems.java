package org.innomatch.gateway.problem;

import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemTypes;

/**
 * The problems only the gateway answers with: an unknown public path, a service that could not answer, a caller
 * over its rate limit, a URI too long to forward. Their types and titles are part of the public API.
 */
public final class GatewayProblems {

    public static final String UPSTREAM_UNAVAILABLE = ProblemTypes.BASE + "upstream-unavailable";
    public static final String UPSTREAM_TIMEOUT = ProblemTypes.BASE + "upstream-timeout";
    public static final String UPSTREAM_FAILED = ProblemTypes.BASE + "upstream-failed";
    public static final String RATE_LIMITED = ProblemTypes.BASE + "rate-limited";
    public static final String REQUEST_TIMEOUT = ProblemTypes.BASE + "request-timeout";

    private GatewayProblems() {
    }

    public static Problem notFound(String instance, String requestId) {
        return problem(ProblemTypes.NOT_FOUND, "Not Found", 404, "No public API resource at " + instance, instance,
                requestId);
    }

    public static Problem upstreamUnavailable(String service, String instance, String requestId) {
        return problem(UPSTREAM_UNAVAILABLE, "Service Unavailable", 503, service + " is unavailable", instance,
                requestId);
    }

    public static Problem upstreamTimeout(String service, long timeoutMillis, String instance, String requestId) {
        return problem(UPSTREAM_TIMEOUT, "Gateway Timeout", 504,
                service + " did not answer within " + timeoutMillis + " ms", instance, requestId);
    }

    /** The client stopped sending its body, and the service waiting for it gave up: the client's fault. */
    public static Problem requestTimeout(long timeoutMillis, String instance, String requestId) {
        return problem(REQUEST_TIMEOUT, "Request Timeout", 408, "The request body did not arrive within "
                + timeoutMillis + " ms; send it without pauses", instance, requestId);
    }

    public static Problem upstreamFailed(String service, String instance, String requestId) {
        return problem(UPSTREAM_FAILED, "Bad Gateway", 502, service + " failed before answering", instance,
                requestId);
    }

    public static Problem rateLimited(long limit, long retryAfterSeconds, String instance, String requestId) {
        return problem(RATE_LIMITED, "Too Many Requests", 429,
                "Rate limit of " + limit + " requests exceeded; retry in " + retryAfterSeconds + " s", instance,
                requestId);
    }

    /** Without {@code instance}: echoing the path back would repeat the very thing that was too long. */
    public static Problem uriTooLong(int length, int limit, String requestId) {
        return Problem.ofStatus(414, "The request URI is " + length + " characters long; the limit is " + limit)
                .withRequestId(requestId);
    }

    private static Problem problem(String type, String title, int status, String detail, String instance,
            String requestId) {
        return new Problem(type, title, status, detail, instance, null, requestId);
    }
}
