package org.innomatch.problems;

import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds {@code application/problem+json} responses; for services that answer with a problem themselves. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * The response for {@code problem} at {@code path}, keeping an {@code instance} or {@code requestId} the
     * problem already has.
     */
    public static Response of(Problem problem, String path, String requestId, Map<String, ?> headers) {
        Problem complete = problem.completedWith(path, requestId);
        Response.ResponseBuilder response = Response.status(complete.status())
                .type(Problem.MEDIA_TYPE)
                .entity(ProblemJson.toBytes(complete));
        headers.forEach(response::header);
        if (complete.requestId() != null) {
            response.header(RequestIds.HEADER, complete.requestId());
        }
        return response.build();
    }

    public static Response of(Problem problem, String path, String requestId) {
        return of(problem, path, requestId, Map.of());
    }
}
