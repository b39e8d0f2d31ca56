package org.innomatch.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the same shape the services answer with, so a client sees one error format
 * whether the gateway or a service refused the call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "https://innomatch.org/problems/upstream-unavailable") String type,
        @Schema(example = "Service Unavailable") String title,
        @Schema(example = "503") int status,
        @Schema(example = "matching-service is unavailable") String detail,
        @Schema(example = "/api/v1/profiles/6f1c2a9e-1d1b-4c51-9a57-0d3e1f8f4a21/recommendations/projects") String instance,
        @Schema(example = "3b1f7c9e-5d2a-4f0e-8a61-2c4b9d7e1f30") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_BASE = "https://innomatch.org/problems/";

    public static Problem of(int status, String type, String title, String detail, String instance,
                             String requestId) {
        return new Problem(TYPE_BASE + type, title, status, detail, instance, requestId);
    }

    public static Problem notFound(String instance, String requestId) {
        return new Problem(TYPE_BASE + "not-found", "Not Found", 404,
                "No public API resource at " + instance, instance, requestId);
    }

    public static Problem upstreamUnavailable(String service, String instance, String requestId) {
        return new Problem(TYPE_BASE + "upstream-unavailable", "Service Unavailable", 503,
                service + " is unavailable", instance, requestId);
    }

    public static Problem upstreamTimeout(String service, long timeoutMillis, String instance, String requestId) {
        return new Problem(TYPE_BASE + "upstream-timeout", "Gateway Timeout", 504,
                service + " did not answer within " + timeoutMillis + " ms", instance, requestId);
    }

    public static Problem upstreamFailed(String service, String instance, String requestId) {
        return new Problem(TYPE_BASE + "upstream-failed", "Bad Gateway", 502,
                service + " failed before answering", instance, requestId);
    }
}
