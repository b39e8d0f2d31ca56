package org.innomatch.gateway.problem;

import jakarta.ws.rs.core.Response;

import org.innomatch.gateway.requestid.RequestId;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.ext.web.RoutingContext;

/** Answers {@link GatewayProblemException}s thrown by the gateway's own JAX-RS endpoints. */
public class GatewayProblemMapper {

    private final ProblemWriter problems;

    public GatewayProblemMapper(ProblemWriter problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(GatewayProblemException e, RoutingContext ctx) {
        Problem problem = e.problem(ctx.normalizedPath(), RequestId.of(ctx));
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problems.toBuffer(problem).getBytes());
        e.headers().forEach(response::header);
        return response.build();
    }
}
