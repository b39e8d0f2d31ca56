package org.innomatch.problems;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts only {@code application/problem+json} on a DELETE is asking for "204 or a problem", which
 * every DELETE here answers. Content negotiation would refuse it with 406 because the resources declare
 * {@code application/json}, so the Accept header of such a request is widened before the resource is matched.
 */
public class ProblemAcceptance {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerRequestFilter(preMatching = true)
    public void acceptProblemsOnDelete(ContainerRequestContext request) {
        if (!HttpMethod.DELETE.equals(request.getMethod())) {
            return;
        }
        List<MediaType> accepted = request.getAcceptableMediaTypes();
        if (accepted.stream().anyMatch(type -> type.isCompatible(PROBLEM))) {
            request.getHeaders().add(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
