package org.innomatch.gateway.problem;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.gateway.http.RequestId;
import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemException;
import org.innomatch.problems.ProblemJson;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes problems for handlers that answer on the Vert.x router rather than through JAX-RS (where the
 * {@code problems} module's exception mappers answer), in the same JSON as the services.
 */
@ApplicationScoped
public class ProblemWriter {

    public Buffer toBuffer(Problem problem) {
        return Buffer.buffer(ProblemJson.toBytes(problem));
    }

    public Future<Void> send(HttpServerResponse response, Problem problem) {
        Buffer body = toBuffer(problem);
        return response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()))
                .end(body);
    }

    /** Answers the call with {@code refused}'s problem and headers, completed with the call's path and id. */
    public Future<Void> send(RoutingContext ctx, ProblemException refused) {
        refused.headers().forEach(ctx.response()::putHeader);
        return send(ctx.response(), refused.problem().completedWith(ctx.normalizedPath(), RequestId.of(ctx)));
    }
}
