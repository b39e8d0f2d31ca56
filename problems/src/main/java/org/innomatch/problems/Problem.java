package org.innomatch.problems;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem: the body of every error response of the platform, served as {@value #MEDIA_TYPE}.
 *
 * @param type      URI identifying the kind of problem (see {@link ProblemTypes}); {@code about:blank} when the
 *                  HTTP status says it all
 * @param title     short summary of the type; the same for every occurrence of it
 * @param status    the HTTP status code
 * @param detail    what went wrong in this occurrence, for a person
 * @param instance  the request path
 * @param errors    the rejected inputs, one per field (omitted when empty)
 * @param requestId the {@code X-Request-Id} of the request, or the id generated for it; quote it when reporting
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.",
        example = """
                {"type": "https://innomatch.org/problems/validation", "title": "Validation failed", "status": 400,
                 "detail": "2 invalid fields", "instance": "/projects",
                 "errors": [
                   {"field": "sectors[1]", "message": "must be one of the allowed values", "rejectedValue": "SPACE",
                    "allowed": ["HEALTH", "AI", "ENERGY"]},
                   {"field": "fundingSought.currency", "message": "must be an ISO 4217 currency code",
                    "rejectedValue": "EURO"}],
                 "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI identifying the kind of problem; about:blank when the status says it all",
                example = "https://innomatch.org/problems/validation", defaultValue = "about:blank") String type,
        @Schema(description = "Short summary of the problem type", required = true,
                example = "Validation failed") String title,
        @Schema(description = "HTTP status code", required = true, example = "400") int status,
        @Schema(description = "Explanation of this occurrence", example = "2 invalid fields") String detail,
        @Schema(description = "The request path", example = "/projects") String instance,
        @Schema(description = "The rejected inputs, one entry per field") List<FieldError> errors,
        @Schema(description = "Id of the request (the X-Request-Id header if sent); quote it when reporting a problem",
                example = "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        type = type == null || type.isBlank() ? ProblemTypes.ABOUT_BLANK : type;
        title = title == null || title.isBlank() ? HttpStatusTitles.of(status) : title;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of type {@code about:blank} whose title is the reason phrase of {@code status}. */
    public static Problem ofStatus(int status, String detail) {
        return new Problem(ProblemTypes.ABOUT_BLANK, HttpStatusTitles.of(status), status, detail, null, List.of(), null);
    }

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(type, title, status, detail, null, List.of(), null);
    }

    public Problem withDetail(String newDetail) {
        return new Problem(type, title, status, newDetail, instance, errors, requestId);
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(type, title, status, detail, instance, newErrors, requestId);
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, errors, requestId);
    }

    /** This problem with {@code path} as its instance and {@code id} as its request id, where it has none yet. */
    public Problem completedWith(String path, String id) {
        return new Problem(type, title, status, detail, instance == null ? path : instance, errors,
                requestId == null ? id : requestId);
    }

    public Problem withRequestId(String newRequestId) {
        return new Problem(type, title, status, detail, instance, errors, newRequestId);
    }
}
