package org.innomatch.gateway.routing;

import java.time.Duration;

import org.innomatch.gateway.upstreams.Upstream;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;

/**
 * Opens the request to one service. The connect timeout bounds getting a connection; the request's idle timeout
 * bounds the wait for the response headers (Vert.x cancels it once they arrive, so long streams such as SSE are
 * not cut). A failure to connect is tagged so it can be answered with 503.
 */
final class UpstreamOrigin {

    private final Upstream upstream;
    private final long connectTimeoutMillis;

    UpstreamOrigin(Upstream upstream, Duration connectTimeout) {
        this.upstream = upstream;
        this.connectTimeoutMillis = connectTimeout.toMillis();
    }

    Future<HttpClientRequest> open(HttpClient client) {
        RequestOptions options = new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.tls())
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(upstream.responseTimeout().toMillis());
        return client.request(options)
                .recover(failure -> Future.failedFuture(new OriginUnreachableException(upstream.name(), failure)));
    }
}
