package org.innomatch.problems;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ends the request with {@link #problem()} as an {@code application/problem+json} response. The mapper fills in
 * {@code instance} and {@code requestId} unless the problem already has them.
 *
 * <p>It carries no stack trace: it is the expected outcome of a request, not a fault. Pass a cause to keep
 * the one of the underlying failure (a 5xx problem is logged with it).
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String VALIDATION_TITLE = "Validation failed";

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of(), null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        this(problem, Map.of(), cause);
    }

    /**
     * @param headers extra response headers, e.g. {@code Retry-After} or {@code WWW-Authenticate}
     */
    public ProblemException(Problem problem, Map<String, String> headers, Throwable cause) {
        super(messageOf(Objects.requireNonNull(problem, "problem")), cause, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String type, String title, String detail) {
        this(Problem.of(status, type, title, detail));
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** Extra headers of the response. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The same problem with one more response header. */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProblemException(problem, more, getCause());
    }

    /** 404: e.g. {@code notFound("Profile", id)} → "Profile 6b1… not found". */
    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not Found", resource + " " + id + " not found");
    }

    /** 409: the request conflicts with the current state, e.g. an illegal lifecycle transition. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail);
    }

    /** 412: {@code If-Match} does not match the current version. */
    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed", detail);
    }

    /** 428: a conditional header such as {@code If-Match} is required. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition Required", detail);
    }

    /** 422: well-formed input that breaks a rule, one {@link FieldError} per offending field. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, VALIDATION_TITLE, 422,
                invalidFieldsDetail(errors.size()), null, errors, null));
    }

    /** 400: the request cannot be understood as sent. */
    public static ProblemException badRequest(String detail, FieldError... errors) {
        String type = errors.length == 0 ? ProblemTypes.ABOUT_BLANK : ProblemTypes.VALIDATION;
        String title = errors.length == 0 ? "Bad Request" : VALIDATION_TITLE;
        return new ProblemException(new Problem(type, title, 400, detail, null, Arrays.asList(errors), null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }

    /** 403 naming the fields the caller may not set, e.g. another partner's profile as {@code ownerProfileId}. */
    public static ProblemException forbidden(String detail, FieldError... errors) {
        return new ProblemException(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403, detail, null,
                Arrays.asList(errors), null));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail);
    }

    /** 503: a dependency is down; add {@code withHeader("Retry-After", "5")} when a retry time is known. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, ProblemTypes.UNAVAILABLE, "Service Unavailable", detail);
    }

    static String invalidFieldsDetail(int count) {
        return count == 1 ? "1 invalid field" : count + " invalid fields";
    }

    private static String messageOf(Problem problem) {
        return problem.status() + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail());
    }
}
