package org.innomatch.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.innomatch.gateway.problem.GatewayProblems;
import org.innomatch.gateway.problem.ProblemWriter;
import org.innomatch.problems.Problem;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;

/**
 * The problem a client gets when its call could not be forwarded: 503 when the service could not be reached, 504
 * when it did not answer in time, 502 otherwise; each logged once, with its root cause.
 */
final class UpstreamProblems {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final ProblemWriter writer;

    UpstreamProblems(ProblemWriter writer) {
        this.writer = writer;
    }

    void send(HttpServerResponse response, ForwardedCall call, HttpMethod method, Throwable failure) {
        writer.send(response, logged(call, method, failure));
    }

    Problem logged(ForwardedCall call, HttpMethod method, Throwable failure) {
        return logged(call, method, failure, false);
    }

    /** @param clientStalled the call timed out while the client had not yet sent all its body */
    Problem logged(ForwardedCall call, HttpMethod method, Throwable failure, boolean clientStalled) {
        Problem problem = clientStalled
                ? GatewayProblems.requestTimeout(call.upstream().responseTimeout().toMillis(), call.publicPath(),
                        call.requestId())
                : problemFor(call, failure);
        LOG.warnf("%s %s → %d: %s", method, call.publicPath(), problem.status(), rootCause(failure));
        return problem;
    }

    ProblemWriter writer() {
        return writer;
    }

    private static Problem problemFor(ForwardedCall call, Throwable failure) {
        String service = call.upstream().name();
        if (failure instanceof OriginUnreachableException) {
            return GatewayProblems.upstreamUnavailable(service, call.publicPath(), call.requestId());
        }
        if (hasCause(failure, TimeoutException.class)) {
            return GatewayProblems.upstreamTimeout(service, call.upstream().responseTimeout().toMillis(),
                    call.publicPath(), call.requestId());
        }
        return GatewayProblems.upstreamFailed(service, call.publicPath(), call.requestId());
    }

    static boolean isTimeout(Throwable failure) {
        return hasCause(failure, TimeoutException.class);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
