package org.innomatch.gateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.innomatch.gateway.http.PipelineOrder;

import io.vertx.ext.web.Router;

/** Test-only routes that fail the ways a gateway handler could, for {@link RouteFailuresTest}. */
@ApplicationScoped
public class FailingTestRoutes {

    static final String BASE = "/api/v1/test-failures/";
    static final String SECRET = "connection string postgres://admin:hunter2@db";

    void register(@Observes Router router) {
        int order = PipelineOrder.REQUEST_ID + 1;
        router.get(BASE + "throws").order(order).handler(ctx -> {
            throw new IllegalStateException(SECRET);
        });
        router.get(BASE + "fails-413").order(order).handler(ctx -> ctx.fail(413));
        router.get(BASE + "fails-503").order(order).handler(ctx -> ctx.fail(503, new IllegalStateException(SECRET)));
        router.get(BASE + "throws-midway").order(order).handler(ctx -> {
            ctx.response().setChunked(true).write("{\"partial\": ");
            throw new IllegalStateException(SECRET);
        });
    }
}
