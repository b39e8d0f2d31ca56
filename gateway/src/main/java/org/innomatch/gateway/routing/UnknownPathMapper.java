package org.innomatch.gateway.routing;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.innomatch.gateway.http.RequestId;
import org.innomatch.gateway.problem.GatewayProblems;
import org.innomatch.problems.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/**
 * The 404 problem for a path that neither a service nor one of the gateway's own endpoints has. Quarkus REST, which
 * comes after the proxy on every path, answers such a path itself with a {@link NotFoundException} rather than
 * passing it on down the router, because the {@code problems} module maps that exception; this more specific
 * mapper keeps the gateway's own wording ("No public API resource at …").
 */
public class UnknownPathMapper {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String requestId = RequestId.of(ctx);
        return ProblemResponses.of(GatewayProblems.notFound(path, requestId), path, requestId);
    }
}
