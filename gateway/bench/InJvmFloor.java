package org.innomatch.gateway;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.Router;

/**
 * Benchmark attribution, not part of the product and not compiled by the build: the forwarding of
 * {@code VertxFloor.java}, run inside the gateway's own JVM, to split what a proxied call costs the gateway into
 * what its JVM costs, what Quarkus' HTTP layer and Vert.x Web's router cost, and what the gateway's own steps cost.
 * <p>
 * Copy it into {@code gateway/src/main/java/org/innomatch/gateway/} of a scratch checkout, build that gateway,
 * and start it against a running benchmark stack with {@code -Dinnomatch.bench.floor-service-port=<service port>}
 * and {@code -Dinnomatch.bench.floor-port=<free port>}. The same JVM then answers three ways:
 * <ul>
 *   <li>{@code <floor-port>/api/v1/...}: a bare Vert.x server on Quarkus' Vert.x instance, one per event loop,
 *       forwarding as VertxFloor does;</li>
 *   <li>{@code <gateway port>/bench-floor/...}: the same forwarding as a handler on Quarkus' router, ahead of
 *       everything else, as the gateway's {@code ServiceCallRoute} sits;</li>
 *   <li>{@code <gateway port>/api/v1/...}: the gateway itself.</li>
 * </ul>
 * Both floors switch tracing off for their server and client, as the gateway does for its proxied calls;
 * otherwise Quarkus' OpenTelemetry instrumentation makes a span for each of their calls.
 */
@Singleton
public class InJvmFloor {

    private static final String SERVICE_PORT = "innomatch.bench.floor-service-port";
    private static final String FLOOR_PORT = "innomatch.bench.floor-port";
    private static final String ROUTE_PREFIX = "/bench-floor";
    private static final String SERVER_PREFIX = "/api/v1";

    private final ThreadLocal<HttpClient> routeClients = new ThreadLocal<>();

    void startServer(@Observes StartupEvent started, Vertx vertx) {
        Integer servicePort = Integer.getInteger(SERVICE_PORT);
        Integer floorPort = Integer.getInteger(FLOOR_PORT);
        if (servicePort == null || floorPort == null) {
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                HttpClient client = newClient(vertx, servicePort);
                vertx.createHttpServer(new HttpServerOptions().setTracingPolicy(TracingPolicy.IGNORE))
                        .requestHandler(request -> forward(client, request, SERVER_PREFIX))
                        .listen(floorPort, "127.0.0.1");
            }
        }, new DeploymentOptions().setInstances(cores));
    }

    void registerRoute(@Observes Router router, Vertx vertx) {
        Integer servicePort = Integer.getInteger(SERVICE_PORT);
        if (servicePort == null) {
            return;
        }
        router.route(ROUTE_PREFIX + "/*").order(Integer.MIN_VALUE + 500).handler(ctx -> {
            // One client per event loop, as the gateway keeps, so a call stays on the thread that received it.
            HttpClient client = routeClients.get();
            if (client == null) {
                client = newClient(vertx, servicePort);
                routeClients.set(client);
            }
            forward(client, ctx.request(), ROUTE_PREFIX);
        });
    }

    private static HttpClient newClient(Vertx vertx, int servicePort) {
        return vertx.createHttpClient(new HttpClientOptions().setTracingPolicy(TracingPolicy.IGNORE)
                .setKeepAlive(true).setDefaultHost("127.0.0.1").setDefaultPort(servicePort),
                new PoolOptions().setHttp1MaxSize(128));
    }

    private static void forward(HttpClient client, HttpServerRequest request, String prefix) {
        var response = request.response();
        if (!request.uri().startsWith(prefix)) {
            response.setStatusCode(404).end();
            return;
        }
        client.request(request.method(), request.uri().substring(prefix.length())).onComplete(opened -> {
            if (opened.failed()) {
                response.setStatusCode(502).end();
                return;
            }
            HttpClientRequest upstream = opened.result();
            copy(request.headers(), upstream.headers());
            upstream.headers().remove(HttpHeaders.HOST)
                    .add("X-Forwarded-For", request.remoteAddress().hostAddress())
                    .add("X-Forwarded-Proto", "http")
                    .add("X-Request-Id", Long.toHexString(ThreadLocalRandom.current().nextLong()));
            upstream.send().onComplete(answered -> {
                if (answered.failed()) {
                    response.setStatusCode(502).end();
                    return;
                }
                HttpClientResponse answer = answered.result();
                response.setStatusCode(answer.statusCode());
                copy(answer.headers(), response.headers());
                Buffer[] body = new Buffer[1];
                answer.handler(piece -> body[0] = body[0] == null ? piece : body[0].copy().appendBuffer(piece));
                answer.endHandler(end -> response.end(body[0] == null ? Buffer.buffer() : body[0]));
            });
        });
    }

    private static void copy(MultiMap from, MultiMap to) {
        if (from instanceof io.netty.handler.codec.http.HttpHeaders netty) {
            Iterator<Map.Entry<CharSequence, CharSequence>> headers = netty.iteratorCharSequence();
            while (headers.hasNext()) {
                Map.Entry<CharSequence, CharSequence> header = headers.next();
                to.add(header.getKey(), header.getValue());
            }
            return;
        }
        to.addAll(from);
    }
}
