package org.innomatch.problems;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers every failed request with an {@code application/problem+json} body.
 *
 * <p>The priority is below {@link Priorities#USER} so these mappers win over the ones Quarkus registers for the
 * same exception types (Hibernate Validator's {@code ResteasyReactiveViolationExceptionMapper}, REST Jackson's
 * {@code BuiltinMismatchedInputExceptionMapper}). A service that wants its own answer for one of these types
 * registers a mapper with a still lower priority value; a mapper for a more specific type wins anyway.
 */
public class ProblemExceptionMappers {

    /** The priority of these mappers; lower values win. */
    public static final int PRIORITY = Priorities.USER - 100;

    static final String UNEXPECTED_DETAIL = "Unexpected error; quote the requestId when reporting it";

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final AllowedMethods allowedMethods;

    public ProblemExceptionMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    // Headers that describe the original entity; the problem body replaces it.
    private static final Set<String> ENTITY_HEADERS = Set.of("content-type", "content-length", "transfer-encoding",
            "content-encoding", RequestIds.HEADER.toLowerCase(Locale.ROOT));

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, HttpServerRequest request) {
        String requestId = requestId(request);
        if (e.status() >= 500) {
            LOG.warnf(e.getCause(), "%s %s answered %s (requestId=%s)", request.method(), request.path(),
                    e.getMessage(), requestId);
        }
        return ProblemResponses.of(e.problem(), PublicPaths.of(request), requestId, e.headers());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request,
            ResourceInfo resource) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations == null || violations.isEmpty()
                || violations.stream().anyMatch(ViolationFieldErrors::concernsReturnValue)) {
            // An invalid response is the server's bug, not the client's.
            return unexpected(e, request);
        }
        List<FieldError> errors = ViolationFieldErrors.of(violations, resourceMethod(resource));
        Problem problem = new Problem(ProblemTypes.VALIDATION, ProblemException.VALIDATION_TITLE, 400,
                ProblemException.invalidFieldsDetail(errors.size()), null, errors, null);
        return ProblemResponses.of(problem, PublicPaths.of(request), requestId(request));
    }

    /** Other validation failures (bad constraint definitions and the like) are server bugs. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, HttpServerRequest request) {
        return unexpected(e, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        Problem problem = JsonBindingProblems.of(e);
        if (problem == null) {
            return unexpected(e, request);
        }
        LOG.debugf("Rejected body of %s %s: %s", request.method(), request.path(), e.getOriginalMessage());
        return ProblemResponses.of(problem, PublicPaths.of(request), requestId(request));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpServerRequest request, ResourceInfo resource) {
        if (e instanceof NotFoundException && e.getCause() != null
                && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers a query value it cannot convert (limit=abc) with 404 as if nothing were there.
            List<FieldError> errors = QueryParameterErrors.of(resourceMethod(resource), request.params());
            if (!errors.isEmpty()) {
                Problem problem = new Problem(ProblemTypes.VALIDATION, ProblemException.VALIDATION_TITLE, 400,
                        ProblemException.invalidFieldsDetail(errors.size()), null, errors, null);
                return ProblemResponses.of(problem, PublicPaths.of(request), requestId(request));
            }
        }
        // Quarkus REST wraps some Jackson failures in a 400 WebApplicationException.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json(json, request);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            // A redirect (RedirectionException) or a success someone threw: not an error, pass it on.
            return original;
        }
        if (status >= 500) {
            return unexpected(e, request, status, headersOf(original));
        }
        Problem problem = Problem.ofStatus(status, detailOf(e, status, request));
        Map<String, Object> headers = headersOf(original);
        if (status == 405 && headers.keySet().stream().noneMatch(HttpHeaders.ALLOW::equalsIgnoreCase)) {
            // Quarkus REST's own 405 has no Allow header, which RFC 9110 requires.
            Set<String> allowed = allowedMethods.at(request.path());
            if (!allowed.isEmpty()) {
                headers.put(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
        return ProblemResponses.of(problem, PublicPaths.of(request), requestId(request), headers);
    }

    /**
     * A failed {@code @RolesAllowed} or permission check of an authenticated caller. (401s keep Quarkus' own
     * mapper, which adds the authentication challenge.)
     */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "The caller may not perform this operation" : e.getMessage();
        return problem(ProblemException.forbidden(detail), request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (StoreOutages.isOutage(e)) {
            return storeOutage(e, request);
        }
        return unexpected(e, request, 500, Map.of());
    }

    /** The store being down is not a bug of this request: 503, and the client may try again. */
    private Response storeOutage(Throwable e, HttpServerRequest request) {
        String requestId = requestId(request);
        LOG.warnf("%s %s answered 503, the data store is unreachable: %s (requestId=%s)", request.method(),
                request.path(), e, requestId);
        Problem problem = Problem.of(503, ProblemTypes.UNAVAILABLE, HttpStatusTitles.of(503), StoreOutages.DETAIL);
        return ProblemResponses.of(problem, PublicPaths.of(request), requestId,
                Map.of(HttpHeaders.RETRY_AFTER, StoreOutages.RETRY_AFTER_SECONDS));
    }

    private Response unexpected(Throwable e, HttpServerRequest request, int status, Map<String, Object> headers) {
        String requestId = requestId(request);
        LOG.errorf(e, "%s %s failed (requestId=%s)", request.method(), request.path(), requestId);
        Problem problem = status == 500
                ? Problem.of(500, ProblemTypes.INTERNAL, HttpStatusTitles.of(500), UNEXPECTED_DETAIL)
                : Problem.ofStatus(status, UNEXPECTED_DETAIL);
        return ProblemResponses.of(problem, PublicPaths.of(request), requestId, headers);
    }

    private static String requestId(HttpServerRequest request) {
        return RequestIds.resolve(request.getHeader(RequestIds.HEADER));
    }

    private static Method resourceMethod(ResourceInfo resource) {
        try {
            return resource == null ? null : resource.getResourceMethod();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Object> headersOf(Response response) {
        Map<String, Object> headers = new LinkedHashMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!ENTITY_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && values != null && !values.isEmpty()) {
                headers.put(name, String.join(", ", values));
            }
        });
        return headers;
    }

    /**
     * The exception's message when someone wrote one; Quarkus REST's own exceptions only say "HTTP 404 Not
     * Found", which the title already does, or talk about Java annotations ("did not match the value in
     * {@code @Consumes}"), so those get a sentence about the request instead.
     */
    private static String detailOf(WebApplicationException e, int status, HttpServerRequest request) {
        String message = e.getMessage();
        boolean frameworkMessage = message == null || message.isBlank() || message.startsWith("HTTP " + status)
                || message.contains("@Consumes") || message.contains("@Produces");
        if (!frameworkMessage) {
            return message;
        }
        return switch (status) {
            case 404 -> "No resource at " + PublicPaths.of(request);
            case 405 -> "Method " + request.method() + " is not allowed on " + PublicPaths.of(request);
            case 406 -> "None of the media types in the Accept header can be produced";
            case 415 -> "Content type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not supported here";
            default -> null;
        };
    }
}
