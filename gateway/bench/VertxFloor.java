import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;

/**
 * The benchmark's reference for what the gateway's HTTP foundation costs by itself: the least a reverse proxy on the
 * same Vert.x and Netty (the gateway's own jars, native epoll, one event loop per core) does for a GET without a
 * body, and no more than the benchmark's nginx does: headers copied once each way, X-Forwarded-For/-Proto and a
 * random X-Request-Id added, the response relayed as it arrived. No authentication, rate limit, access log, tracing
 * or metrics. Not part of the product; run by gateway/bench/run.sh when BENCH_TARGETS names vertx-floor.
 *
 * Usage: java -cp <vertx and netty jars>:. VertxFloor <listen port> <service port> <path prefix to strip>
 */
public class VertxFloor extends AbstractVerticle {

    private static int listenPort;
    private static int servicePort;
    private static String prefix;

    private HttpClient client;

    public static void main(String[] args) {
        listenPort = Integer.parseInt(args[0]);
        servicePort = Integer.parseInt(args[1]);
        prefix = args[2];
        int cores = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(cores));
        vertx.deployVerticle(VertxFloor.class.getName(), new DeploymentOptions().setInstances(cores))
                .onSuccess(id -> System.out.println("vertx-floor listening on " + listenPort + ", native transport "
                        + vertx.isNativeTransportEnabled()))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start() {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultHost("127.0.0.1")
                .setDefaultPort(servicePort), new PoolOptions().setHttp1MaxSize(128));
        vertx.createHttpServer().requestHandler(this::forward).listen(listenPort, "127.0.0.1");
    }

    private void forward(HttpServerRequest request) {
        HttpServerResponse response = request.response();
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

    private static void copy(io.vertx.core.MultiMap from, io.vertx.core.MultiMap to) {
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
