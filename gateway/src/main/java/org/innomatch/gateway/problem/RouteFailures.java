package org.innomatch.gateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.innomatch.gateway.http.PipelineOrder;
import org.innomatch.gateway.http.RequestId;
import org.innomatch.problems.HttpStatusTitles;
import org.innomatch.problems.Problem;
import org.innomatch.problems.ProblemTypes;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a failure on the gateway's Vert.x router (a handler that threw, or called {@code fail}) with a problem,
 * as the exception mappers do for Quarkus REST. Without it such a call got Quarkus' own error page, which is not
 * problem+json and carries neither the request id nor the public path.
 */
@ApplicationScoped
public class RouteFailures {

    static final String UNEXPECTED_DETAIL = "Unexpected error in the gateway; quote the requestId when reporting it";

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final ProblemWriter problems;

    public RouteFailures(ProblemWriter problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(PipelineOrder.FAILURES).failureHandler(this::answer);
    }

    void answer(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException) {
            // Quarkus' HTTP security answers these itself, with its authentication challenge.
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        String requestId = RequestId.of(ctx);
        int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
        if (ctx.response().headWritten()) {
            // The status line is out: nothing left but to cut the response short, so the client sees it failed.
            LOG.errorf(failure, "%s %s failed after its response had begun (requestId=%s)", ctx.request().method(),
                    path, requestId);
            ctx.request().connection().close();
            return;
        }
        Problem problem;
        if (status >= 500) {
            LOG.errorf(failure, "%s %s failed (requestId=%s)", ctx.request().method(), path, requestId);
            problem = status == 500
                    ? Problem.of(500, ProblemTypes.INTERNAL, HttpStatusTitles.of(500), UNEXPECTED_DETAIL)
                    : Problem.ofStatus(status, UNEXPECTED_DETAIL);
        } else {
            LOG.debugf(failure, "%s %s refused with %d (requestId=%s)", ctx.request().method(), path, status,
                    requestId);
            problem = Problem.ofStatus(status, null);
        }
        problems.send(ctx.response(), problem.completedWith(path, requestId));
    }
}
